/**
 * The forecast race: the chosen series experiments trained one after another in one worker, with a
 * table of validation MSE that fills in as each finishes, beside the notes' figures and beside the
 * naive and linear baselines computed in the page on the same seeded split.
 */
import { useMemo, useState } from 'react';
import type { Remote } from 'comlink';
import { useLang } from '../../lesson/i18n';
import type { Lang } from '../../lesson/lang';
import { useWidgetState } from '../../lesson/urlState';
import type { Schema } from '../../lesson/urlState';
import { getExperiment } from '../../engine/experiments';
import type { TrainerWorkerApi } from '../../worker/protocol';
import { Slider } from '../../controls';
import { fill } from '../TrainingLab/strings';
import { messageText } from '../TrainingLab/messages';
import {
  BASELINE_KEYS,
  BASELINE_NOTES,
  BASELINE_TASK,
  TASK_OF,
  computeBaselines,
  isRaceModel,
  lastStepMse,
  notesFigure,
  type BaselineKey,
  type RaceModel,
} from './race';
import { RACE_STRINGS } from './strings';
import { useRunQueue, type JobState, type QueueJob } from './useRunQueue';
import './ForecastRace.css';

export interface ForecastRaceProps {
  id: string;
  models: string[];
  baselines?: boolean;
  epochs?: number;
}

const MAX_EPOCHS = 20;

function raceSchema(epochs: number) {
  return {
    epochs: {
      type: 'int',
      min: 1,
      max: MAX_EPOCHS,
      default: Math.min(MAX_EPOCHS, Math.max(1, Math.round(epochs) || 1)),
    },
    // 0 keeps each experiment's own seed (the registry picks one that trains, e.g. 3 for one unit).
    seed: { type: 'int', min: 0, max: 999_999, default: 0 },
  } as const satisfies Schema;
}

/** Sequence-to-sequence models are scored on their last step, against the experiment's own data. */
async function measureLastStep(api: Remote<TrainerWorkerApi>, model: RaceModel): Promise<number> {
  const data = await getExperiment(model)?.data();
  if (!data) throw new Error(`no data for ${model}`);
  const valid = data.split.valid;
  const n = valid.xShape[0];
  const p = await api.predict(Array.from({ length: n }, (_, i) => i));
  return lastStepMse(p.values, valid.y, p.shape);
}

/** Next-value and ten-ahead splits of the experiments themselves: the series the models see. */
async function baselineFigures(onFigure: (key: BaselineKey, value: number) => void) {
  const next = await getExperiment('ts-deep-rnn')?.data();
  const ahead = await getExperiment('ts-seq2vec')?.data();
  if (!next || !ahead) throw new Error('series experiments missing');
  return computeBaselines(next.split, ahead.split, onFigure);
}

const fmt = (v: number | null | undefined) => (v === null || v === undefined ? null : v.toFixed(4));

function statusText(s: JobState | undefined, lang: Lang): string {
  const t = RACE_STRINGS[lang];
  if (!s) return t.statuses.waiting;
  if (s.status === 'training' && s.epoch !== undefined && s.batchesPerEpoch) {
    return fill(t.progress, {
      epoch: Math.min((s.epochs ?? 1) as number, Math.floor(s.epoch) + 1),
      epochs: s.epochs ?? '?',
      batch: s.batch ?? 0,
      batches: s.batchesPerEpoch,
    });
  }
  if (s.status === 'done' && s.seconds !== undefined) {
    return fill(t.took, {
      epochs: Math.round(s.epoch ?? 0),
      s: s.seconds.toFixed(1),
      backend: s.backend ?? '?',
    });
  }
  if (s.status === 'failed' && s.message) return messageText(s.message, lang);
  return t.statuses[s.status];
}

export default function ForecastRace({
  id,
  models,
  baselines = true,
  epochs = 1,
}: ForecastRaceProps) {
  const lang = useLang();
  const t = RACE_STRINGS[lang];
  const schema = useMemo(() => raceSchema(epochs), [epochs]);
  const [s, set] = useWidgetState(id, schema);
  const queue = useRunQueue();
  const [figures, setFigures] = useState<Partial<Record<BaselineKey, number>>>({});
  const [baselineState, setBaselineState] = useState<'idle' | 'computing' | 'done' | 'failed'>(
    'idle',
  );
  const [error, setError] = useState<string | null>(null);
  const chosen = models.filter(isRaceModel);
  const unknown = models.filter((m) => !isRaceModel(m));
  const tasks = new Set(chosen.map((m) => TASK_OF[m]));
  const shownBaselines = baselines
    ? BASELINE_KEYS.filter((k) => tasks.has(BASELINE_TASK[k]) || tasks.size === 0)
    : [];

  const runBaselines = async () => {
    if (!baselines || baselineState === 'computing' || baselineState === 'done') return;
    setBaselineState('computing');
    try {
      await baselineFigures((key, value) => setFigures((f) => ({ ...f, [key]: value })));
      setBaselineState('done');
    } catch (e) {
      setError(String(e));
      setBaselineState('failed');
    }
  };

  const run = async () => {
    if (queue.running) return;
    await runBaselines();
    const jobs: QueueJob[] = chosen.map((m) => ({
      key: m,
      spec:
        s.seed === 0
          ? { experiment: m, train: { epochs: s.epochs } }
          : { experiment: m, model: { seed: s.seed }, train: { epochs: s.epochs, seed: s.seed } },
      measure: TASK_OF[m] === 'everyStep' ? (api) => measureLastStep(api, m) : undefined,
    }));
    queue.start(jobs);
  };

  const current = chosen.find((m) => queue.states[m]?.status === 'training');
  const building = chosen.some((m) => queue.states[m]?.status === 'starting');
  const done = chosen.filter((m) => queue.states[m]?.status === 'done').length;
  const started = Object.keys(queue.states).length > 0;
  let summary = t.idle;
  if (baselineState === 'computing') summary = t.computing;
  else if (building) summary = t.building;
  else if (current) summary = fill(t.running, { model: getExperiment(current)?.title[lang] ?? '' });
  else if (started && !queue.running) summary = fill(t.finished, { done, total: chosen.length });

  return (
    <section className="forecast-race" aria-labelledby={`${id}-title`} data-testid={`race-${id}`}>
      <h3 id={`${id}-title`}>{t.title}</h3>
      <p className="muted">{t.desc}</p>
      {unknown.length > 0 && <p role="alert">{unknown.join(', ')}</p>}
      <fieldset className="forecast-race__settings">
        <legend className="visually-hidden">{t.title}</legend>
        <Slider
          label={t.epochs}
          min={1}
          max={MAX_EPOCHS}
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
          <button type="button" onClick={queue.stop} data-testid="race-stop">
            {t.stop}
          </button>
        ) : (
          <button
            type="button"
            onClick={() => void run()}
            disabled={baselineState === 'computing'}
            data-testid="race-run"
          >
            {t.run}
          </button>
        )}
        {baselines && (
          <button
            type="button"
            onClick={() => void runBaselines()}
            disabled={baselineState !== 'idle' && baselineState !== 'failed'}
            data-testid="race-baselines"
          >
            {t.baselinesOnly}
          </button>
        )}
      </div>
      <p aria-live="polite" data-testid="race-status">
        {summary}
      </p>
      {error && <p role="alert">{error}</p>}
      <div className="forecast-race__table">
        <table>
          <caption>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.model}</th>
              <th scope="col">{t.task}</th>
              <th scope="col">{t.ours}</th>
              <th scope="col">{t.notes}</th>
              <th scope="col">{t.status}</th>
            </tr>
          </thead>
          <tbody>
            {shownBaselines.map((k) => (
              <tr key={k} className="forecast-race__baseline" data-testid={`race-row-${k}`}>
                <th scope="row">{t.baselines[k]}</th>
                <td>{t.tasks[BASELINE_TASK[k]]}</td>
                <td data-testid={`race-value-${k}`}>{fmt(figures[k]) ?? t.none}</td>
                <td>{fmt(BASELINE_NOTES[k]) ?? t.none}</td>
                <td>{figures[k] !== undefined ? t.baselineStatus : t.none}</td>
              </tr>
            ))}
            {chosen.map((m) => {
              const e = getExperiment(m);
              const st = queue.states[m];
              return (
                <tr key={m} data-testid={`race-row-${m}`}>
                  <th scope="row">
                    {e?.title[lang] ?? m}
                    <span className="muted forecast-race__arch">{e?.description[lang]}</span>
                  </th>
                  <td>{t.tasks[TASK_OF[m]]}</td>
                  <td data-testid={`race-value-${m}`}>{fmt(st?.value) ?? t.none}</td>
                  <td>{fmt(notesFigure(e?.reported)) ?? t.none}</td>
                  <td>{statusText(st, lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {s.epochs < MAX_EPOCHS && <p className="muted">{t.fewEpochs}</p>}
    </section>
  );
}
