/**
 * The training history a reopened run was saved with, as a table: the lab's charts start a new
 * history when the run is rebuilt, so the saved one stays readable here. One row per finished
 * epoch (the points that carry validation figures), or the last points if no epoch finished.
 */
import type { HistoryPoint } from '../../engine/types';
import type { Lang } from '../../lesson/lang';
import { fill, STORE_STRINGS } from './strings';

const MAX_ROWS = 50;

/** The rows shown: epoch ends if any, else the last points; at most MAX_ROWS, newest kept. */
export function historyRows(history: HistoryPoint[]): HistoryPoint[] {
  const ends = history.filter((p) => p.valLoss !== undefined);
  return (ends.length > 0 ? ends : history).slice(-MAX_ROWS);
}

const num = (v: number | undefined) =>
  v === undefined || !Number.isFinite(v) ? '–' : v.toPrecision(4);

export function SavedHistory({
  lang,
  name,
  history,
}: {
  lang: Lang;
  name: string;
  history: HistoryPoint[];
}) {
  const t = STORE_STRINGS[lang];
  const rows = historyRows(history);
  if (rows.length === 0) return null;
  return (
    <details className="saved-runs__history" data-testid="saved-runs-history">
      <summary>{fill(lang, 'historyTitle', { name, points: rows.length })}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.colEpoch}</th>
            <th scope="col">{t.colStep}</th>
            <th scope="col">{t.colLoss}</th>
            <th scope="col">{t.colValLoss}</th>
            <th scope="col">{t.colValMetric}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={`${p.step}-${p.epoch}`}>
              <td>{p.epoch}</td>
              <td>{p.step}</td>
              <td>{num(p.loss)}</td>
              <td>{num(p.valLoss)}</td>
              <td>{num(p.valMetric)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
