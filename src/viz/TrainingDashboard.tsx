/**
 * The state of a training run from a TrainerSnapshot: loss and metric curves (train and validation,
 * optional log scale) with labelled baselines, epoch progress, speed, backend and a state badge
 * that says why training stopped. Curves are canvas (redrawn as snapshots arrive, at most once a
 * frame via useAnimationFrameValue); axes, labels and the cursor are SVG.
 */
import { useState } from 'react';
import type { EngineMessage, TrainerSnapshot } from '../engine/types';
import type { Bilingual, Lang } from '../lesson/lang';
import { Toggle } from '../controls';
import { Figure, type TableData } from './Figure';
import { LineChart, SeriesKey } from './LineChart';
import type { LineSeries, RefLine } from './lineLayout';
import { MUTED, SERIES } from './constants';
import { useAnimationFrameValue } from './hooks';
import { fmt } from './scales';
import { STRINGS, say, type StringKey } from './strings';

export interface Baseline {
  label: Bilingual;
  value: number;
  of: 'loss' | 'metric';
}

export interface TrainingDashboardProps {
  lang: Lang;
  snapshot: TrainerSnapshot;
  baselines?: Baseline[];
  metricName?: Bilingual;
  width?: number;
  height?: number;
  initialLog?: boolean;
  /** Words for the engine's message codes, when the caller has its own (the default knows train.*). */
  describeMessage?: (message: EngineMessage, lang: Lang) => string;
  /** False where the surrounding lab shows the run's messages itself (no second alert). */
  showMessage?: boolean;
}

/** Train and validation series of the loss or the metric, against the optimizer step. */
export function curveSeries(
  snapshot: TrainerSnapshot,
  which: 'loss' | 'metric',
  lang: Lang,
): LineSeries[] {
  const h = snapshot.history;
  const trainKey = which === 'loss' ? 'loss' : 'metric';
  const validKey = which === 'loss' ? 'valLoss' : 'valMetric';
  const pts = (k: 'loss' | 'metric' | 'valLoss' | 'valMetric') =>
    h.flatMap((p) => (typeof p[k] === 'number' ? [{ x: p.step, y: p[k] as number }] : []));
  const out: LineSeries[] = [
    { label: say('train', lang), points: pts(trainKey), colour: SERIES[0] },
  ];
  const v = pts(validKey);
  if (v.length)
    out.push({ label: say('valid', lang), points: v, colour: SERIES[1], dash: [6, 3], dots: true });
  return out;
}

/** The engine's message in the reader's language; unknown codes are shown as they are. */
export function messageText(snapshot: TrainerSnapshot, lang: Lang): string | null {
  const m = snapshot.message;
  if (!m) return null;
  const key = `msg_${m.code}`;
  if (Object.hasOwn(STRINGS, key)) return say(key as StringKey, lang, m.params ?? {});
  const params = Object.entries(m.params ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  return params ? `${m.code} (${params})` : m.code;
}

export function TrainingDashboard({
  lang,
  snapshot: latest,
  baselines = [],
  metricName,
  width = 640,
  height = 240,
  initialLog = true,
  describeMessage,
  showMessage = true,
}: TrainingDashboardProps) {
  const snapshot = useAnimationFrameValue(latest);
  const [log, setLog] = useState(initialLog);
  const charts = (['loss', 'metric'] as const).filter(
    (w) => w === 'loss' || snapshot.history.some((p) => p.metric !== undefined),
  );
  const yName = (w: 'loss' | 'metric') =>
    w === 'loss' ? say('loss', lang) : (metricName?.[lang] ?? say('metric', lang));
  const refs = (w: 'loss' | 'metric'): RefLine[] =>
    baselines
      .filter((b) => b.of === w)
      .map((b, i) => ({
        y: b.value,
        label: `${b.label[lang]} ${fmt(b.value)}`,
        colour: SERIES[(i + 2) % 8],
      }));
  const msg = !showMessage
    ? null
    : snapshot.message && describeMessage
      ? describeMessage(snapshot.message, lang)
      : messageText(snapshot, lang);
  const last = snapshot.history[snapshot.history.length - 1];
  const table = (): TableData => ({
    caption: say('dashTitle', lang),
    columns: [
      say('step', lang),
      say('epoch', lang),
      `${say('loss', lang)} (${say('train', lang)})`,
      `${say('loss', lang)} (${say('valid', lang)})`,
      `${yName('metric')} (${say('train', lang)})`,
      `${yName('metric')} (${say('valid', lang)})`,
    ],
    rows: snapshot.history.map((p) => [
      p.step,
      p.epoch + 1,
      fmt(p.loss),
      fmt(p.valLoss),
      fmt(p.metric),
      fmt(p.valMetric),
    ]),
  });
  const progress = snapshot.batchesPerEpoch > 0 ? snapshot.batch / snapshot.batchesPerEpoch : 0;
  return (
    <Figure
      lang={lang}
      title={say('dashTitle', lang)}
      description={say('dashDesc', lang)}
      table={table}
      controls={<Toggle label={say('logScale', lang)} checked={log} onChange={setLog} />}
    >
      <div className="viz-toolbar" role="status" aria-live="polite">
        <span className="viz-badge" data-state={snapshot.state}>
          {say(`state_${snapshot.state}`, lang)}
        </span>
        <label>
          {say('epochProgress', lang, {
            epoch: snapshot.epoch + 1,
            batch: snapshot.batch,
            total: snapshot.batchesPerEpoch,
          })}{' '}
          <progress className="viz-progress" max={1} value={progress} />
        </label>
        <span>{say('examplesPerSecond', lang, { n: Math.round(snapshot.examplesPerSecond) })}</span>
        <span style={{ color: MUTED }}>{say('backend', lang, { name: snapshot.backend })}</span>
        {last && <span>{`${say('loss', lang)} ${fmt(last.loss)}`}</span>}
      </div>
      {msg && (
        <p role="alert" className={snapshot.message?.severity === 'info' ? undefined : 'viz-error'}>
          {msg}
        </p>
      )}
      {snapshot.history.length === 0 ? (
        <p>{say('noHistory', lang)}</p>
      ) : (
        <div className="viz-row">
          {charts.map((w) => {
            const series = curveSeries(snapshot, w, lang);
            return (
              <div key={w}>
                <SeriesKey series={series} />
                <LineChart
                  canvas
                  width={charts.length > 1 ? width / 2 : width}
                  height={height}
                  series={series}
                  refLines={refs(w)}
                  log={log}
                  integerX
                  xLabel={say('step', lang)}
                  yLabel={yName(w)}
                  label={`${yName(w)} — ${say('dashTitle', lang)}`}
                />
              </div>
            );
          })}
        </div>
      )}
    </Figure>
  );
}
