/**
 * The open lab's URL schema (one typed table of every setting, its range and default: the
 * tensorflow/playground `state.ts` pattern, with the range checks it lacks) and the translation of
 * settings plus a data description into the model and training configurations the worker runs.
 * Pure: tested in Node.
 */
import type { Schema, StateOf } from '../lesson/codec';
import type { ModelConfig, RecurrentLayerConfig, TrainConfig } from '../engine/types';
import { DATA_SET_IDS, dataSetInfo } from './catalog';
import type { DataDescription, LabSettings, PanelName } from './types';

export const CELLS = ['simpleRnn', 'lstm', 'gru', 'lnSimpleRnn'] as const;
export const OPTIMIZERS = ['adam', 'rmsprop', 'sgd'] as const;
export const BACKENDS = ['auto', 'webgl', 'wasm', 'cpu'] as const;
export const HEADS = ['last', 'everyStep'] as const;
export const PANELS: readonly PanelName[] = [
  'data',
  'model',
  'training',
  'views',
  'compare',
  'code',
  'runs',
  'link',
];

/** The widget id of the lab's settings in the link: `?lab.cell=gru`. */
export const LAB_ID = 'lab';

/** Vocabulary and embedding width of the review sentences (as the course's sentiment lab). */
export const SENTENCE_VOCAB = 1000;
export const SENTENCE_EMBEDDING = 32;

export const LAB_SCHEMA = {
  data: { type: 'enum', values: DATA_SET_IDS, default: 'synthetic' },
  dataSeed: { type: 'int', min: 0, max: 999_999, default: 42 },
  series: { type: 'int', min: 100, max: 10_000, default: 2000 },
  valid: { type: 'number', min: 0.1, max: 0.5, default: 0.2 },
  cell: { type: 'enum', values: CELLS, default: 'simpleRnn' },
  layers: { type: 'int', min: 1, max: 4, default: 2 },
  units: { type: 'int', min: 1, max: 256, default: 20 },
  bidirectional: { type: 'boolean', default: false },
  head: { type: 'enum', values: HEADS, default: 'last' },
  steps: { type: 'int', min: 2, max: 200, default: 50 },
  horizon: { type: 'int', min: 1, max: 20, default: 1 },
  optimizer: { type: 'enum', values: OPTIMIZERS, default: 'adam' },
  lr: { type: 'number', min: 1e-4, max: 1, default: 0.003 },
  batch: { type: 'int', min: 1, max: 512, default: 32 },
  epochs: { type: 'int', min: 1, max: 200, default: 10 },
  clip: { type: 'number', min: 0, max: 10, default: 0 },
  tbptt: { type: 'int', min: 0, max: 200, default: 0 },
  seed: { type: 'int', min: 0, max: 999_999, default: 1 },
  backend: { type: 'enum', values: BACKENDS, default: 'auto' },
  showDashboard: { type: 'boolean', default: true },
  showPrediction: { type: 'boolean', default: true },
  showGates: { type: 'boolean', default: false },
  showGradients: { type: 'boolean', default: false },
  showSummary: { type: 'boolean', default: true },
  sample: { type: 'int', min: 0, max: 9999, default: 0 },
  _hide: { type: 'string', maxLength: 120, default: '' },
} as const satisfies Schema;

// The codec's state type and the shared LabSettings must stay one and the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const SAME: Same<StateOf<typeof LAB_SCHEMA>, LabSettings> = true;
void SAME;

/** The panels a link's `_hide` flags name (`data,model`); unknown names are ignored. */
export function hiddenPanels(hide: string): Set<PanelName> {
  const names = hide.split(',').map((s) => s.trim());
  return new Set(PANELS.filter((p) => names.includes(p)));
}

/**
 * The settings as the data set allows them: a fixed sequence length replaces the slider's, token
 * data predict one step ahead, and a sentence has one label (its head reads the last step).
 */
export function effectiveSettings(s: LabSettings): LabSettings {
  const info = dataSetInfo(s.data);
  const steps = info.fixedSteps ?? Math.min(s.steps, info.maxSteps ?? s.steps);
  const token = info.kind === 'chars' || info.kind === 'sentences';
  return {
    ...s,
    steps,
    horizon: token ? 1 : s.horizon,
    head: info.kind === 'sentences' ? 'last' : s.head,
  };
}

/**
 * The model the settings describe on this data: a stack of `layers` equal recurrent layers (every
 * layer but the last returns sequences; the last does too when the head reads every step) and a
 * Dense head sized by the task.
 */
export function modelConfigFor(s: LabSettings, data: DataDescription): ModelConfig {
  const everyStep = data.target === 'everyStep';
  const layers: RecurrentLayerConfig[] = Array.from({ length: s.layers }, (_, i) => ({
    cell: s.cell,
    units: s.units,
    returnSequences: i < s.layers - 1 || everyStep,
    ...(s.bidirectional ? { bidirectional: true } : {}),
  }));
  const vocab = data.vocabulary?.length ?? 0;
  const kind = everyStep ? 'everyStep' : 'last';
  switch (data.kind) {
    case 'chars':
      return {
        input: { kind: 'oneHot', vocabSize: vocab },
        timesteps: data.timesteps,
        layers,
        // Logits: the softmax lives in the loss, as in the course's character labs.
        head: { kind, units: vocab, activation: 'linear' },
        seed: s.seed,
      };
    case 'sentences':
      return {
        input: { kind: 'embedding', vocabSize: vocab, dim: SENTENCE_EMBEDDING },
        timesteps: data.timesteps,
        layers,
        head: { kind: 'last', units: 1, activation: 'sigmoid' },
        seed: s.seed,
      };
    default:
      return {
        input: { kind: 'dense', features: data.features },
        timesteps: data.timesteps,
        layers,
        head: { kind, units: data.horizon, activation: 'linear' },
        seed: s.seed,
      };
  }
}

export function trainConfigFor(s: LabSettings, data: DataDescription): TrainConfig {
  const loss =
    data.kind === 'chars'
      ? 'softmaxCrossEntropy'
      : data.kind === 'sentences'
        ? 'binaryCrossEntropy'
        : 'mse';
  return {
    optimizer: s.optimizer,
    learningRate: s.lr,
    // A batch larger than the training set is the whole set (the one-sentence character sets
    // hold a single example); the page says so beside the slider.
    batchSize: Math.max(1, Math.min(s.batch, data.trainExamples)),
    epochs: s.epochs,
    loss,
    metric: loss === 'mse' ? 'mse' : 'accuracy',
    clipNorm: s.clip > 0 ? s.clip : null,
    tbpttWindow: s.tbptt > 0 ? s.tbptt : null,
    seed: s.seed,
  };
}

/** The settings that shape the data (a change rebuilds it); the others only change the model. */
export function dataKey(s: LabSettings): string {
  const e = effectiveSettings(s);
  return JSON.stringify([e.data, e.dataSeed, e.series, e.valid, e.steps, e.horizon, e.head]);
}
