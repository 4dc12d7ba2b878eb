/**
 * "Load pretrained" next to the lab's own train buttons, and what the loaded checkpoint brings:
 * the figure it was saved with, the same figure measured again in the worker, and its history as
 * a table (the lab's charts draw it too).
 */
import type { Lang } from '../../lesson/lang';
import type { MetricKind } from '../../engine/types';
import { fill } from '../TrainingLab/strings';
import { epochRows, formatMetric } from './checkpoint';
import { FRAME_STRINGS } from './strings';
import type { Pretrained } from './usePretrainedRun';

export interface PretrainedPanelProps {
  pretrained: Pretrained;
  lang: Lang;
  /** Prefixes the test ids: `<testId>-pretrained`, `-pretrained-saved`, `-pretrained-measured`. */
  testId: string;
  /** Training is under way: loading waits until it is paused. */
  training: boolean;
}

export function PretrainedPanel({ pretrained: p, lang, testId, training }: PretrainedPanelProps) {
  if (!p.available) return null;
  const t = FRAME_STRINGS[lang];
  const metric = (p.info?.train.metric ?? 'mse') as MetricKind;
  const metricName = t[metric];
  const busy = p.phase === 'fetching' || p.phase === 'starting';
  const info = p.info;
  const rows = info ? epochRows(info) : [];
  return (
    <div className="lab-frame__pretrained">
      <p className="lab-frame__pretrained-row">
        <span className="muted">{t.yourself}</span>{' '}
        <button
          type="button"
          onClick={p.load}
          disabled={busy || training}
          data-testid={`${testId}-pretrained`}
        >
          {t.loadPretrained}
        </button>
      </p>
      <div aria-live="polite">
        {p.phase === 'fetching' && <p>{t.loading}</p>}
        {p.phase === 'starting' && <p>{t.starting}</p>}
        {info && p.phase !== 'fetching' && p.phase !== 'failed' && (
          <p data-testid={`${testId}-pretrained-saved`}>
            {fill(t.saved, {
              epochs: info.epochs,
              steps: (info.history.at(-1)?.step ?? 0).toLocaleString(lang),
              metric: metricName,
              value: formatMetric(metric, info.valMetric),
            })}
          </p>
        )}
        {p.measured && (
          <p data-testid={`${testId}-pretrained-measured`}>
            {fill(t.measured, {
              metric: metricName,
              value: formatMetric(metric, p.measured.metric),
            })}{' '}
            {t.continue}
          </p>
        )}
        {info && p.phase === 'loaded' && !p.active && <p className="muted">{t.changed}</p>}
      </div>
      {info && rows.length > 0 && p.phase !== 'failed' && (
        <details>
          <summary>{t.historyTitle}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.colEpoch}</th>
                <th scope="col">{t.colLoss}</th>
                <th scope="col">{t.colValLoss}</th>
                <th scope="col">{fill(t.colValMetric, { metric: metricName })}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.step}>
                  <td>{Math.round(r.epoch)}</td>
                  <td>{r.loss.toPrecision(3)}</td>
                  <td>{r.valLoss === undefined ? '–' : r.valLoss.toPrecision(3)}</td>
                  <td>{r.valMetric === undefined ? '–' : formatMetric(metric, r.valMetric)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}
