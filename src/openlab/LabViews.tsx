/**
 * The views the student switched on: training dashboard, forecast / character / sentence view by
 * data kind, gate heatmap, gradient flow, and the Keras-style shape and parameter summary (known
 * before any training, from the configuration alone).
 */
import { useMemo } from 'react';
import type { Lang } from '../lesson/lang';
import type { ModelConfig, Trace, TrainerSnapshot } from '../engine/types';
import { countParams, summarize } from '../engine/shapes';
import { Slider, Toggle } from '../controls';
import { CharacterView } from '../viz/CharacterView';
import { ForecastView } from '../viz/ForecastView';
import { GateHeatmap } from '../viz/GateHeatmap';
import { GradientFlow } from '../viz/GradientFlow';
import { Sized } from '../viz/Sized';
import { TrainingDashboard } from '../viz/TrainingDashboard';
import { CELL_NAME } from '../viz/formulas';
import { readTrace } from '../widgets/CharLab/charLogic';
import type { LabData } from './datasets';
import { OPEN_LAB_STRINGS, fill } from './strings';
import type { LabSettings } from './types';
import { forecastOf, sentenceOf } from './views';

type Ready = Extract<LabData, { ok: true }>;

export function ViewToggles({
  lang,
  s,
  set,
  kind,
}: {
  lang: Lang;
  s: LabSettings;
  set: (patch: Partial<LabSettings>) => void;
  kind: Ready['description']['kind'];
}) {
  const t = OPEN_LAB_STRINGS[lang];
  const prediction =
    kind === 'chars'
      ? t.showPredictionChars
      : kind === 'sentences'
        ? t.showPredictionSentences
        : t.showPredictionSeries;
  return (
    <fieldset className="openlab__panel openlab__toggles" data-testid="openlab-panel-views">
      <legend>{t.views}</legend>
      <Toggle
        label={t.showDashboard}
        checked={s.showDashboard}
        onChange={(v) => set({ showDashboard: v })}
      />
      <Toggle
        label={prediction}
        checked={s.showPrediction}
        onChange={(v) => set({ showPrediction: v })}
      />
      <Toggle label={t.showGates} checked={s.showGates} onChange={(v) => set({ showGates: v })} />
      <Toggle
        label={t.showGradients}
        checked={s.showGradients}
        onChange={(v) => set({ showGradients: v })}
      />
      <Toggle
        label={t.showSummary}
        checked={s.showSummary}
        onChange={(v) => set({ showSummary: v })}
      />
    </fieldset>
  );
}

export interface LabViewsProps {
  lang: Lang;
  s: LabSettings;
  set: (patch: Partial<LabSettings>) => void;
  data: Ready;
  model: ModelConfig;
  snapshot: TrainerSnapshot | null;
  trace: Trace | null;
  /** Index → character of a character run, from the worker or the data. */
  chars: readonly string[];
}

export function LabViews({ lang, s, set, data, model, snapshot, trace, chars }: LabViewsProps) {
  const t = OPEN_LAB_STRINGS[lang];
  const kind = data.description.kind;
  const metric = kind === 'chars' || kind === 'sentences' ? t.accuracy : t.mse;
  const metricName = useMemo(() => ({ ko: metric, en: metric }), [metric]);
  const norm = data.description.normalization;
  // Drawn in the series' own units: the model reads standardised values, the student knows the
  // file's.
  const forecast = useMemo(() => {
    const f = forecastOf(trace);
    if (!f || !norm) return f;
    const back = (v: number[]) => v.map((z) => z * norm.std + norm.mean);
    return { history: back(f.history), truth: back(f.truth), prediction: back(f.prediction) };
  }, [trace, norm]);
  const reading = useMemo(
    () => (trace && kind === 'chars' ? readTrace(trace, chars) : null),
    [trace, kind, chars],
  );
  const words = data.description.vocabulary ?? [];
  const sentence = kind === 'sentences' ? sentenceOf(trace, data.split, s.sample, words) : null;
  const layer = trace?.layers.find((l) => l.direction === 'forward') ?? null;
  const gradients = trace?.gradNormPerStep;
  const summary = useMemo(() => (s.showSummary ? summarize(model) : []), [s.showSummary, model]);
  const needsTrace = s.showPrediction || s.showGates || s.showGradients;
  const nValid = data.description.validExamples;

  return (
    <div className="openlab__views" data-testid="openlab-views">
      {s.showDashboard && snapshot && (
        <Sized>
          {(width) => (
            <TrainingDashboard
              lang={lang}
              showMessage={false}
              snapshot={snapshot}
              metricName={metricName}
              width={width}
            />
          )}
        </Sized>
      )}
      {needsTrace && (
        <Slider
          label={t.sample}
          min={0}
          max={Math.max(1, nValid - 1)}
          step={1}
          value={Math.min(s.sample, nValid - 1)}
          onChange={(sample) => set({ sample })}
        />
      )}
      {needsTrace && !trace && <p className="muted">{t.traceWaiting}</p>}
      {s.showPrediction && forecast && (kind === 'series' || kind === 'csv') && (
        <figure className="openlab__view">
          <figcaption>{t.forecastTitle}</figcaption>
          <Sized>
            {(width) => (
              <ForecastView
                lang={lang}
                data={forecast}
                mode={forecast.prediction.length > 1 ? 'multiStep' : 'oneStep'}
                width={width}
              />
            )}
          </Sized>
        </figure>
      )}
      {s.showPrediction && kind === 'chars' && trace && (
        <figure className="openlab__view">
          <figcaption>{t.charsTitle}</figcaption>
          {reading ? (
            <Sized>
              {(width) => <CharacterView lang={lang} data={reading.data} width={width} />}
            </Sized>
          ) : (
            <p className="muted">{t.charsNeedEveryStep}</p>
          )}
        </figure>
      )}
      {s.showPrediction && sentence && (
        <figure className="openlab__view">
          <figcaption>{t.sentenceTitle}</figcaption>
          <blockquote>{sentence.text}</blockquote>
          <p>
            {fill(t.sentenceResult, {
              p: sentence.p.toFixed(2),
              label: sentence.label === 1 ? t.positive : t.negative,
            })}
          </p>
        </figure>
      )}
      {s.showGates && layer && (
        <figure className="openlab__view">
          <figcaption>
            {t.showGates}: {CELL_NAME[layer.cell]}
          </figcaption>
          {Object.keys(layer.gates).length === 0 && <p className="muted">{t.gatesNone}</p>}
          <Sized>{(width) => <GateHeatmap lang={lang} trace={layer} width={width} />}</Sized>
        </figure>
      )}
      {s.showGradients && gradients && gradients.length > 0 && (
        <Sized>
          {(width) => (
            <GradientFlow
              lang={lang}
              models={[
                { label: { ko: CELL_NAME[s.cell], en: CELL_NAME[s.cell] }, perStep: gradients },
              ]}
              width={width}
            />
          )}
        </Sized>
      )}
      {s.showSummary && (
        <table className="openlab__summary" data-testid="openlab-summary">
          <caption>{t.summaryTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.layer}</th>
              <th scope="col">{t.kind}</th>
              <th scope="col">{t.outputShape}</th>
              <th scope="col">{t.params}</th>
            </tr>
          </thead>
          <tbody>
            {summary.map((row) => (
              <tr key={row.name}>
                <td>{row.name}</td>
                <td>{row.kind}</td>
                <td>({row.outputShape.map((d) => (d === null ? 'None' : d)).join(', ')})</td>
                <td>{row.params.toLocaleString(lang)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={4} data-testid="openlab-total-params">
                {fill(t.totalParams, { n: countParams(model).toLocaleString(lang) })}
              </td>
            </tr>
          </tfoot>
        </table>
      )}
    </div>
  );
}
