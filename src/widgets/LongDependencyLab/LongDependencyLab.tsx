/**
 * The long-term dependency problem, trained live: for each sequence length a fresh one-layer
 * network learns to name the first symbol at the last step; accuracy against distance shows where
 * a SimpleRNN stops reaching back. Runs go one after another in one worker (useRunQueue).
 */
import { useMemo } from 'react';
import { useLang } from '../../lesson/i18n';
import type { Lang } from '../../lesson/lang';
import { useWidgetState, type Schema } from '../../lesson/urlState';
import { Select, Slider } from '../../controls';
import { Figure } from '../../viz/Figure';
import { LineChart } from '../../viz/LineChart';
import { SERIES, MUTED } from '../../viz/constants';
import type { LineSeries } from '../../viz/lineLayout';
import { fill } from '../TrainingLab/strings';
import { messageText } from '../TrainingLab/messages';
import { useRunQueue, type JobState } from '../ForecastRace/useRunQueue';
import { CHANCE, DISTANCES, recallSpec, verdict, type RecallCell } from './recall';
import { LDL_STRINGS } from './strings';
import '../ForecastRace/ForecastRace.css';

export interface LongDependencyLabProps {
  id: string;
}

const CELL_CHOICES = ['simpleRnn', 'lstm'] as const;

const SCHEMA = {
  cell: { type: 'enum', values: CELL_CHOICES, default: 'simpleRnn' },
  epochs: { type: 'int', min: 1, max: 30, default: 5 },
  seed: { type: 'int', min: 0, max: 999_999, default: 1 },
} as const satisfies Schema;

const keyOf = (length: number) => `T${length}`;

function statusText(s: JobState | undefined, lang: Lang): string {
  const t = LDL_STRINGS[lang];
  if (!s) return t.statuses.waiting;
  if (s.status === 'training' && s.epoch !== undefined && s.epochs) {
    return fill(t.progress, {
      epoch: Math.min(s.epochs, Math.floor(s.epoch) + 1),
      epochs: s.epochs,
    });
  }
  if (s.status === 'failed' && s.message) return messageText(s.message, lang);
  return t.statuses[s.status];
}

/** Accuracy per gap (length − 1) for the lengths trained so far, for the chart and the table. */
export function sweepPoints(states: Record<string, JobState>): { gap: number; accuracy: number }[] {
  return DISTANCES.flatMap((length) => {
    const v = states[keyOf(length)]?.value;
    return v === undefined ? [] : [{ gap: length - 1, accuracy: v }];
  });
}

export default function LongDependencyLab({ id }: LongDependencyLabProps) {
  const lang = useLang();
  const t = LDL_STRINGS[lang];
  const [s, set] = useWidgetState(id, SCHEMA);
  const queue = useRunQueue();
  const cell = s.cell as RecallCell;
  const points = sweepPoints(queue.states);
  const series: LineSeries[] = useMemo(
    () => [
      {
        label: t.cells[cell],
        points: points.map((p) => ({ x: p.gap, y: p.accuracy })),
        colour: SERIES[cell === 'lstm' ? 2 : 0],
        dots: true,
      },
    ],
    // The points change with every finished run; their text form is a stable dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [JSON.stringify(points), cell, t],
  );

  const run = () => {
    queue.start(
      DISTANCES.map((length) => ({
        key: keyOf(length),
        spec: recallSpec(cell, length, s.epochs, s.seed),
      })),
    );
  };
  const current = DISTANCES.find((L) => queue.states[keyOf(L)]?.status === 'training');
  const started = Object.keys(queue.states).length > 0;
  const done = DISTANCES.filter((L) => queue.states[keyOf(L)]?.status === 'done').length;
  const building = DISTANCES.some((L) => queue.states[keyOf(L)]?.status === 'starting');
  let summary = t.idle;
  if (building) summary = t.building;
  else if (current !== undefined) summary = fill(t.running, { length: current });
  else if (started && !queue.running) summary = fill(t.finished, { done, total: DISTANCES.length });

  return (
    <section className="forecast-race" aria-labelledby={`${id}-title`} data-testid={`ldl-${id}`}>
      <h3 id={`${id}-title`}>{t.title}</h3>
      <p className="muted">{t.desc}</p>
      <fieldset className="forecast-race__settings">
        <legend className="visually-hidden">{t.title}</legend>
        <Select
          label={t.cell}
          value={cell}
          options={CELL_CHOICES.map((c) => ({ value: c, label: t.cells[c] }))}
          locked={queue.running}
          onChange={(c) => set({ cell: c })}
        />
        <Slider
          label={t.epochs}
          min={1}
          max={30}
          step={1}
          value={s.epochs}
          locked={queue.running}
          onChange={(v) => set({ epochs: v })}
        />
        <label className="forecast-race__seed">
          {t.seed}
          <input
            type="number"
            min={0}
            max={999999}
            step={1}
            value={s.seed}
            disabled={queue.running}
            onChange={(e) => {
              const seed = Number(e.target.value);
              if (Number.isInteger(seed) && seed >= 0 && seed <= 999_999) set({ seed });
            }}
          />
        </label>
      </fieldset>
      <div className="forecast-race__buttons" role="group" aria-label={t.title}>
        {queue.running ? (
          <button type="button" onClick={queue.stop} data-testid="ldl-stop">
            {t.stop}
          </button>
        ) : (
          <button type="button" onClick={run} data-testid="ldl-run">
            {t.run}
          </button>
        )}
      </div>
      <p aria-live="polite" data-testid="ldl-status">
        {summary}
      </p>
      <div className="forecast-race__table">
        <table>
          <caption>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.length}</th>
              <th scope="col">{t.gap}</th>
              <th scope="col">{t.accuracy}</th>
              <th scope="col">{t.verdict}</th>
              <th scope="col">{t.status}</th>
            </tr>
          </thead>
          <tbody>
            {DISTANCES.map((length) => {
              const st = queue.states[keyOf(length)];
              const v = st?.value;
              return (
                <tr key={length} data-testid={`ldl-row-${length}`}>
                  <th scope="row">{length}</th>
                  <td>{length - 1}</td>
                  <td data-testid={`ldl-value-${length}`}>
                    {v === undefined ? t.none : `${(100 * v).toFixed(1)} %`}
                  </td>
                  <td>{v === undefined ? t.none : t[verdict(v)]}</td>
                  <td>{statusText(st, lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {points.length > 0 && (
        <Figure
          lang={lang}
          title={t.chartTitle}
          description={t.chartDesc}
          table={() => ({
            caption: t.caption,
            columns: [t.gap, t.accuracy],
            rows: points.map((p) => [p.gap, `${(100 * p.accuracy).toFixed(1)} %`]),
          })}
        >
          <LineChart
            width={640}
            height={260}
            series={series}
            refLines={[{ y: CHANCE, label: t.chanceLine, colour: MUTED }]}
            xDomain={[0, DISTANCES[DISTANCES.length - 1]]}
            yDomain={[0, 1]}
            integerX
            xLabel={t.xAxis}
            yLabel={t.yAxis}
            label={t.chartTitle}
          />
        </Figure>
      )}
    </section>
  );
}
