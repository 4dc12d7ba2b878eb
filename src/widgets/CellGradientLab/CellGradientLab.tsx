/**
 * S8.3 live: the gradient that reaches each time step, for a SimpleRNN and an LSTM trained side by
 * side on the same memory task (one worker each). The LSTM's additive cell-state path lets the
 * gradient reach early steps with far less shrinking.
 */
import { useEffect, useMemo, useState } from 'react';
import { useLang } from '../../lesson/i18n';
import type { Lang } from '../../lesson/lang';
import { useWidgetState, type StateOf } from '../../lesson/urlState';
import type { TrainerSnapshot } from '../../engine/types';
import { Select, Slider } from '../../controls';
import { GradientFlow, type GradientModel } from '../../viz/GradientFlow';
import { Sized } from '../../viz/Sized';
import { LAB_STRINGS } from '../TrainingLab/strings';
import { LabStatus } from '../LabFrame/LabFrame';
import { useTrainer, useViewRefs, type TrainerRun } from '../TrainingLab/useTrainer';
import { recallSpec } from '../GateLab/recall';
import { RunButtons } from '../GateLab/RunButtons';
import { BackendSelect } from '../GateLab/BackendSelect';
import {
  EMPTY,
  addProfile,
  cellPathGain,
  profileOf,
  shrinkFactor,
  type ProfileHistory,
} from './history';
import { fill } from './strings';
import '../TrainingLab/TrainingLab.css';

export const SCHEMA = {
  measure: { type: 'enum', values: ['loss', 'jacobian'], default: 'loss' },
  units: { type: 'int', min: 2, max: 32, default: 16 },
  seed: { type: 'int', min: 1, max: 9999, default: 1 },
  backend: { type: 'enum', values: ['auto', 'wasm', 'webgl', 'cpu'], default: 'auto' },
  epochs: { type: 'int', min: 1, max: 30, default: 3 },
} as const;

export type FlowState = StateOf<typeof SCHEMA>;

export interface CellGradientLabProps {
  id: string;
  /** The measure shown first: the loss's gradient per step, or the Jacobian ‖∂h(T)/∂h(t)‖. */
  measure?: 'loss' | 'jacobian';
  /** Units of both models at first (2–32). */
  units?: number;
  /** Epochs at first (1–30). */
  epochs?: number;
}

const clampInt = (v: number | undefined, lo: number, hi: number, fallback: number) =>
  v === undefined || !Number.isFinite(v) ? fallback : Math.min(hi, Math.max(lo, Math.round(v)));

/** The lab's settings with this page's starting values (a lesson may open on another measure). */
export function schemaFor(props: Omit<CellGradientLabProps, 'id'>) {
  return {
    ...SCHEMA,
    measure: { ...SCHEMA.measure, default: props.measure === 'jacobian' ? 'jacobian' : 'loss' },
    units: { ...SCHEMA.units, default: clampInt(props.units, 2, 32, SCHEMA.units.default) },
    epochs: { ...SCHEMA.epochs, default: clampInt(props.epochs, 1, 30, SCHEMA.epochs.default) },
  } as const;
}

/** The validation sequence both models are traced on. */
const SAMPLE = 0;

type Run = Pick<TrainerRun, 'status' | 'snapshot' | 'trace' | 'messages'> &
  Partial<Pick<TrainerRun, 'viewRef'>>;

function lastAccuracy(s: TrainerSnapshot | null) {
  return s?.history.filter((h) => h.valMetric !== undefined).at(-1);
}

export function CellGradientLabView(props: {
  id: string;
  lang: Lang;
  state: FlowState;
  setState: (patch: Partial<FlowState>) => void;
  runs: { rnn: Run; lstm: Run };
  histories: { rnn: ProfileHistory; lstm: ProfileHistory };
  actions: { play(): void; pause(): void; stepBatch(): void; stepEpoch(): void; reset(): void };
}) {
  const { id, lang, state, setState, runs, histories, actions } = props;
  const say = (k: Parameters<typeof fill>[1], p?: Record<string, string | number>) =>
    fill(lang, k, p);
  const t = LAB_STRINGS[lang];
  const training =
    runs.rnn.snapshot?.state === 'training' || runs.lstm.snapshot?.state === 'training';
  const busy = runs.rnn.status === 'starting' || runs.lstm.status === 'starting';
  const idle = runs.rnn.status === 'idle' && runs.lstm.status === 'idle';
  // The drawings' data change with traces and histories only, not with every snapshot.
  const rnnTrace = runs.rnn.trace;
  const lstmTrace = runs.lstm.trace;
  const profiles = useMemo(
    () => ({
      rnn: profileOf(rnnTrace, state.measure),
      lstm: profileOf(lstmTrace, state.measure),
    }),
    [rnnTrace, lstmTrace, state.measure],
  );
  const forget = lstmTrace?.layers[0]?.gates.f;
  const gain = useMemo(() => (forget && forget.length > 1 ? cellPathGain(forget) : null), [forget]);
  const rnnRows = histories.rnn.rows;
  const lstmRows = histories.lstm.rows;
  const models = useMemo(() => {
    const rows = { rnn: rnnRows, lstm: lstmRows };
    const out: GradientModel[] = [];
    for (const key of ['rnn', 'lstm'] as const) {
      const p = profiles[key];
      if (p)
        out.push({
          label: { ko: STRINGS_LABEL[key], en: STRINGS_LABEL[key] },
          perStep: p,
          overTraining: rows[key],
        });
    }
    if (gain)
      out.push({
        label: { ko: fill('ko', 'pathLabel'), en: fill('en', 'pathLabel') },
        perStep: gain,
      });
    return out;
  }, [profiles, gain, rnnRows, lstmRows]);
  const lines: string[] = [];
  for (const key of ['rnn', 'lstm'] as const) {
    const p = profiles[key];
    if (!p) continue;
    const f = shrinkFactor(p);
    lines.push(
      f >= 1
        ? say('shrink', { model: say(key), f: f.toPrecision(2) })
        : say('grow', { model: say(key), f: (1 / f).toPrecision(2) }),
    );
    const acc = lastAccuracy(runs[key].snapshot);
    if (acc?.valMetric !== undefined)
      lines.push(
        say('accuracy', { model: say(key), acc: acc.valMetric.toFixed(3), step: acc.step }),
      );
  }
  if (forget && gain)
    lines.push(say('path', { g: gain[0].toPrecision(2), f: meanOf(forget).toFixed(2) }));
  const messages = [...runs.rnn.messages, ...runs.lstm.messages];
  const viewRef = useViewRefs(runs.rnn, runs.lstm);
  return (
    <section
      className="training-lab"
      aria-labelledby={`${id}-title`}
      data-testid={`lab-${id}`}
      ref={viewRef}
    >
      <h3 id={`${id}-title`}>{say('title')}</h3>
      <p className="muted">{say('desc')}</p>
      <fieldset className="training-lab__settings">
        <legend>{t.settings}</legend>
        <Select
          label={say('measure')}
          value={state.measure}
          options={[
            { value: 'loss', label: say('loss') },
            { value: 'jacobian', label: say('jacobian') },
          ]}
          onChange={(m) => setState({ measure: m === 'jacobian' ? 'jacobian' : 'loss' })}
        />
        <Slider
          label={say('units')}
          min={2}
          max={32}
          step={1}
          value={state.units}
          onChange={(units) => setState({ units: Math.round(units) })}
        />
        <Slider
          label={t.epochs}
          min={1}
          max={30}
          step={1}
          value={state.epochs}
          onChange={(epochs) => setState({ epochs: Math.round(epochs) })}
        />
        <Slider
          label={say('seed')}
          min={1}
          max={9999}
          step={1}
          value={state.seed}
          onChange={(seed) => setState({ seed: Math.round(seed) })}
        />
        <BackendSelect
          lang={lang}
          value={state.backend}
          onChange={(backend) => setState({ backend })}
        />
      </fieldset>
      <RunButtons
        lang={lang}
        label={say('title')}
        training={training}
        busy={busy}
        idle={idle}
        onPlay={actions.play}
        onPause={actions.pause}
        onStepBatch={actions.stepBatch}
        onStepEpoch={actions.stepEpoch}
        onReset={actions.reset}
      />
      <LabStatus
        run={{ status: runs.rnn.status, messages, snapshot: null }}
        lang={lang}
        testId="lab"
        text={busy ? t.starting : idle ? say('notYet') : undefined}
      >
        {lines.length > 0 && (
          <ul data-testid="lab-result">
            {lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        )}
      </LabStatus>
      {models.length > 0 && (
        <Sized>{(width) => <GradientFlow lang={lang} models={models} width={width} />}</Sized>
      )}
    </section>
  );
}

function meanOf(m: number[][]): number {
  const all = m.flat();
  return all.reduce((s, v) => s + v, 0) / Math.max(1, all.length);
}

const STRINGS_LABEL = { rnn: 'SimpleRNN', lstm: 'LSTM' } as const;

export default function CellGradientLab({
  id,
  measure,
  units: u,
  epochs: e,
}: CellGradientLabProps) {
  const lang = useLang();
  const schema = useMemo(() => schemaFor({ measure, units: u, epochs: e }), [measure, u, e]);
  const [state, setState] = useWidgetState(id, schema);
  const { units, epochs, seed } = state;
  const rnnSpec = useMemo(
    () => recallSpec('simpleRnn', { units, epochs, seed }),
    [units, epochs, seed],
  );
  const lstmSpec = useMemo(
    () => recallSpec('lstm', { units, epochs, seed }),
    [units, epochs, seed],
  );
  const rnn = useTrainer(rnnSpec, { sample: SAMPLE, gradients: true });
  const lstm = useTrainer(lstmSpec, { sample: SAMPLE, gradients: true });
  const [hist, setHist] = useState({ key: '', rnn: EMPTY, lstm: EMPTY });
  const key = `${state.measure}-${state.units}-${state.epochs}-${state.seed}-${state.backend}`;
  // A new trace adds a row; a new setting starts the history again.
  useEffect(() => {
    setHist((h) => {
      const base = h.key === key ? h : { key, rnn: EMPTY, lstm: EMPTY };
      return {
        key,
        rnn: addProfile(base.rnn, rnn.trace, state.measure),
        lstm: addProfile(base.lstm, lstm.trace, state.measure),
      };
    });
  }, [key, rnn.trace, lstm.trace, state.measure]);
  const both = (f: (r: TrainerRun) => void) => () => {
    f(rnn);
    f(lstm);
  };
  return (
    <CellGradientLabView
      id={id}
      lang={lang}
      state={state}
      setState={setState}
      runs={{ rnn, lstm }}
      histories={hist.key === key ? hist : { rnn: EMPTY, lstm: EMPTY }}
      actions={{
        play: both((r) => r.play()),
        pause: both((r) => r.pause()),
        stepBatch: both((r) => r.stepBatch()),
        stepEpoch: both((r) => r.stepEpoch()),
        reset: () => {
          setHist({ key, rnn: EMPTY, lstm: EMPTY });
          rnn.reset();
          lstm.reset();
        },
      }}
    />
  );
}
