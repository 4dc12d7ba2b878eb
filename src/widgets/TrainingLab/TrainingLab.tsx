/**
 * A live lab: one named experiment of the course, trained in the worker with the settings the
 * student picks (kept in the link), with train/pause/step/reset, the training dashboard, and the
 * views the lesson asks for.
 */
import { useCallback, useMemo, useState } from 'react';
import { useLang } from '../../lesson/i18n';
import { useWidgetState } from '../../lesson/urlState';
import { getExperiment } from '../../engine/experiments';
import type { Trace } from '../../engine/types';
import { Select, Slider } from '../../controls';
import { TrainingDashboard } from '../../viz/TrainingDashboard';
import { ForecastView, type ForecastData } from '../../viz/ForecastView';
import { BACKENDS, CELLS, labSchema, modelFor, trainFor, type ControlName } from './settings';
import { LAB_STRINGS, fill } from './strings';
import { LabFrame } from '../LabFrame/LabFrame';
import { usePretrainedRun } from '../LabFrame/usePretrainedRun';
import type { CheckpointInfo } from '../LabFrame/checkpoint';
import './TrainingLab.css';

export interface TrainingLabProps {
  id: string;
  experiment: string;
  controls?: string[];
  views?: string[];
  /** Default number of epochs on this page, when the experiment's own is too long for a lesson. */
  epochs?: number;
}

/** History, truth and prediction of the traced validation series, when the model forecasts. */
function forecastOf(trace: Trace | null): ForecastData | null {
  if (!trace || !trace.target || trace.layers.length === 0) return null;
  const inputs = trace.layers[0].inputs;
  if (inputs.length === 0 || inputs[0].length !== 1) return null;
  const history = inputs.map((row) => row[0]);
  const n = trace.target.length;
  const shape = trace.predictionShape;
  // Sequence-to-sequence heads predict at every step: the last step's forecast is the one to draw.
  const horizon = shape.length >= 3 ? shape[shape.length - 1] : n;
  const prediction = trace.prediction.slice(-horizon);
  const truth = trace.target.slice(-horizon);
  return { history, truth, prediction };
}

export default function TrainingLab({
  id,
  experiment,
  controls = ['units', 'learningRate', 'batchSize', 'epochs'],
  views = ['dashboard'],
  epochs,
}: TrainingLabProps) {
  const lang = useLang();
  const t = LAB_STRINGS[lang];
  const exp = getExperiment(experiment);
  const base = useMemo(
    () =>
      exp?.model && exp.train
        ? {
            model: exp.model,
            train: epochs ? { ...exp.train, epochs: Math.round(epochs) } : exp.train,
          }
        : null,
    [exp, epochs],
  );
  if (!exp || !base) {
    return <p role="alert">{fill(t.unknownExperiment, { id: experiment })}</p>;
  }
  return (
    <Lab
      id={id}
      experimentId={experiment}
      controls={controls}
      views={views}
      base={base}
      title={exp.title[lang]}
      description={exp.description[lang]}
      differs={exp.differs?.[lang]}
      reported={exp.reported}
    />
  );
}

interface LabProps {
  id: string;
  experimentId: string;
  controls: string[];
  views: string[];
  base: {
    model: NonNullable<ReturnType<typeof getExperiment>>['model'] & object;
    train: NonNullable<ReturnType<typeof getExperiment>>['train'] & object;
  };
  title: string;
  description: string;
  differs?: string;
  reported?: NonNullable<ReturnType<typeof getExperiment>>['reported'];
}

function Lab({
  id,
  experimentId,
  controls,
  views,
  base,
  title,
  description,
  differs,
  reported,
}: LabProps) {
  const lang = useLang();
  const t = LAB_STRINGS[lang];
  const schema = useMemo(() => labSchema(base.model, base.train), [base]);
  const [s, set] = useWidgetState(id, schema);
  const [copied, setCopied] = useState<string | null>(null);
  const model = useMemo(() => modelFor(base.model, s), [base.model, s]);
  const train = useMemo(() => trainFor(base.train, s), [base.train, s]);
  const spec = useMemo(
    () => ({ experiment: experimentId, model, train, backend: s.backend }),
    [experimentId, model, train, s.backend],
  );
  const wantsTrace = views.includes('forecast');
  // Loading a checkpoint sets the network and optimizer settings it was trained with; the number
  // of epochs stays the student's: that many more are trained when they continue.
  const apply = useCallback(
    (info: CheckpointInfo) => {
      const first = info.model.layers[0];
      set({
        cell: first.cell,
        units: first.units,
        layers: info.model.layers.length,
        seed: info.model.seed,
        lr: info.train.learningRate,
        batch: info.train.batchSize,
        clip: info.train.clipNorm ?? 0,
      });
    },
    [set],
  );
  const run = usePretrainedRun(spec, { sample: wantsTrace ? s.sample : null }, apply);
  const snapshot = run.snapshot;
  const training = snapshot?.state === 'training';
  const show = (name: ControlName) => controls.includes(name);
  const metricName = base.train.metric === 'accuracy' ? t.accuracy : t.mse;
  const forecast = useMemo(
    () => (wantsTrace ? forecastOf(run.trace) : null),
    [wantsTrace, run.trace],
  );
  const last = snapshot?.history.filter((h) => h.valLoss !== undefined).at(-1);
  const busy = run.status === 'starting';
  // Only a published figure of the same quantity sits next to ours.
  const same = base.train.metric === 'accuracy' ? 'testAccuracy' : 'valMse';
  const found = reported?.find((r) => r.quantity === same && typeof r.value === 'number');
  const comparable = found ? { value: found.value as number, source: found.source } : null;
  /** " The notes report …", after the result line (or the line that holds its place). */
  const notesSay = comparable
    ? ` ${fill(t.reported, { value: comparable.value.toPrecision(3), source: comparable.source })}`
    : null;

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(t.copied);
    } catch {
      setCopied(t.copyFailed);
    }
  };

  const settings = (
    <>
      {show('cell') && (
        <Select
          label={t.cell}
          value={s.cell}
          options={CELLS.map((c) => ({ value: c, label: t[c] }))}
          onChange={(cell) => set({ cell })}
        />
      )}
      {show('layers') && (
        <Slider
          label={t.layers}
          min={1}
          max={4}
          step={1}
          value={s.layers}
          onChange={(layers) => set({ layers })}
        />
      )}
      {show('units') && (
        <Slider
          label={t.units}
          min={1}
          max={128}
          step={1}
          value={s.units}
          onChange={(units) => set({ units })}
        />
      )}
      {show('learningRate') && (
        <Slider
          label={t.learningRate}
          min={1e-4}
          max={1}
          log
          value={s.lr}
          onChange={(lr) => set({ lr })}
        />
      )}
      {show('batchSize') && (
        <Slider
          label={t.batchSize}
          min={1}
          max={512}
          step={1}
          value={s.batch}
          onChange={(batch) => set({ batch })}
        />
      )}
      {show('epochs') && (
        <Slider
          label={t.epochs}
          min={1}
          max={200}
          step={1}
          value={s.epochs}
          onChange={(epochs) => set({ epochs })}
        />
      )}
      {show('clip') && (
        <Slider
          label={t.clip}
          min={0}
          max={10}
          step={0.1}
          value={s.clip}
          onChange={(clip) => set({ clip })}
        />
      )}
      {show('seed') && (
        <label className="training-lab__seed">
          {t.seed}
          <input
            type="number"
            min={0}
            max={999999}
            step={1}
            value={s.seed}
            onChange={(e) => {
              const seed = Number(e.target.value);
              if (Number.isInteger(seed) && seed >= 0 && seed <= 999_999) set({ seed });
            }}
          />
        </label>
      )}
      {show('backend') && (
        <Select
          label={t.backend}
          value={s.backend}
          options={BACKENDS.map((b) => ({ value: b, label: t[b] }))}
          onChange={(backend) => set({ backend })}
        />
      )}
    </>
  );
  const buttons = (
    <div className="training-lab__buttons" role="group" aria-label={title}>
      {training ? (
        <button type="button" onClick={run.pause} data-testid="lab-pause">
          {t.pause}
        </button>
      ) : (
        <button type="button" onClick={run.play} disabled={busy} data-testid="lab-train">
          {t.train}
        </button>
      )}
      <button
        type="button"
        onClick={run.stepBatch}
        disabled={training || busy}
        data-testid="lab-step-batch"
      >
        {t.stepBatch}
      </button>
      <button
        type="button"
        onClick={run.stepEpoch}
        disabled={training || busy}
        data-testid="lab-step-epoch"
      >
        {t.stepEpoch}
      </button>
      <button
        type="button"
        onClick={run.reset}
        disabled={busy || run.status === 'idle'}
        data-testid="lab-reset"
      >
        {t.reset}
      </button>
      <button type="button" onClick={() => void copyLink()}>
        {t.copyLink}
      </button>
      <span aria-live="polite" className="muted">
        {copied}
      </span>
    </div>
  );

  return (
    <LabFrame
      id={id}
      lang={lang}
      testId={`lab-${id}`}
      title={title}
      description={description}
      legend={t.settings}
      settings={settings}
      buttons={buttons}
      run={run}
      pretrained={run.pretrained}
      statusTestId="lab"
      statusText={busy ? t.starting : run.status === 'idle' ? t.idle : undefined}
      result={
        <>
          {run.created?.ok && (
            <p>
              {t.params}:{' '}
              <strong data-testid="lab-params">
                {run.created.paramCount.toLocaleString(lang)}
              </strong>
              {' · '}
              {t.running}:{' '}
              <strong data-testid="lab-backend">{snapshot?.backend ?? run.created.backend}</strong>
              {(snapshot?.backend ?? run.created.backend) === 'webgl' &&
                run.created.compute === 'tensors' && (
                  <span data-testid="lab-compute"> ({t.gpuKernels})</span>
                )}
            </p>
          )}
          {/* The line holds its place from the start, so the page under the lab does not
              jump when the first epoch ends. */}
          {run.created?.ok && last?.valMetric === undefined && (
            <p className="muted" data-testid="lab-result-pending">
              {fill(t.resultPending, { metric: metricName })}
              {notesSay}
            </p>
          )}
          {last?.valMetric !== undefined && (
            <p data-testid="lab-result">
              {fill(t.result, {
                metric: metricName,
                epochs: Math.round(last.epoch),
                value: last.valMetric.toPrecision(3),
              })}
              {notesSay}
            </p>
          )}
        </>
      }
    >
      {views.includes('dashboard') && snapshot && (
        <TrainingDashboard
          lang={lang}
          showMessage={false}
          snapshot={snapshot}
          metricName={{ ko: metricName, en: metricName }}
        />
      )}
      {forecast && (
        <figure className="training-lab__view">
          <figcaption>{t.forecastTitle}</figcaption>
          <Slider
            label={t.sample}
            min={0}
            max={999}
            step={1}
            value={s.sample}
            onChange={(sample) => set({ sample })}
          />
          <ForecastView
            lang={lang}
            data={forecast}
            mode={forecast.prediction.length > 1 ? 'multiStep' : 'oneStep'}
          />
        </figure>
      )}
      {views.includes('summary') && run.created?.ok && (
        <table className="training-lab__summary">
          <caption>{t.summaryTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.layer}</th>
              <th scope="col">{t.outputShape}</th>
              <th scope="col">{t.params}</th>
            </tr>
          </thead>
          <tbody>
            {run.created.summary.map((row) => (
              <tr key={row.name}>
                <td>{row.name}</td>
                <td>({row.outputShape.map((d) => (d === null ? 'None' : d)).join(', ')})</td>
                <td>{row.params}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {differs && (
        <p className="muted">
          {t.differs} {differs}
        </p>
      )}
    </LabFrame>
  );
}
