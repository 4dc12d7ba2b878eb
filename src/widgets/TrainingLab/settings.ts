/**
 * The settings a student can change on a live lab, as a URL schema derived from the experiment's
 * own configuration (its values are the defaults), and their translation back into model and
 * training configurations for the worker. Pure: tested in Node.
 */
import type { Schema, StateOf } from '../../lesson/codec';
import type {
  BackendChoice,
  CellKind,
  ModelConfig,
  RecurrentLayerConfig,
  TrainConfig,
} from '../../engine/types';

export const CONTROL_NAMES = [
  'cell',
  'units',
  'layers',
  'learningRate',
  'batchSize',
  'epochs',
  'clip',
  'seed',
  'backend',
] as const;
export type ControlName = (typeof CONTROL_NAMES)[number];

export const CELLS: readonly CellKind[] = ['simpleRnn', 'lstm', 'gru', 'lnSimpleRnn'];
export const BACKENDS: readonly BackendChoice[] = ['auto', 'webgl', 'wasm', 'cpu'];

export const LIMITS = {
  units: [1, 128],
  layers: [1, 4],
  learningRate: [1e-4, 1],
  batchSize: [1, 512],
  epochs: [1, 200],
  clip: [0, 10],
  seed: [0, 999_999],
} as const;

function clamp(v: number, [lo, hi]: readonly [number, number]): number {
  return Math.min(hi, Math.max(lo, v));
}

/** The URL schema of a lab on this experiment: every setting, defaulting to the experiment's. */
export function labSchema(model: ModelConfig, train: TrainConfig) {
  const first = model.layers[0];
  return {
    cell: { type: 'enum', values: CELLS, default: first.cell },
    units: { type: 'int', min: 1, max: 128, default: clamp(first.units, LIMITS.units) },
    layers: { type: 'int', min: 1, max: 4, default: clamp(model.layers.length, LIMITS.layers) },
    lr: {
      type: 'number',
      min: 1e-4,
      max: 1,
      default: clamp(train.learningRate, LIMITS.learningRate),
    },
    batch: { type: 'int', min: 1, max: 512, default: clamp(train.batchSize, LIMITS.batchSize) },
    epochs: { type: 'int', min: 1, max: 200, default: clamp(train.epochs, LIMITS.epochs) },
    clip: { type: 'number', min: 0, max: 10, default: train.clipNorm ?? 0 },
    seed: { type: 'int', min: 0, max: 999_999, default: model.seed },
    backend: { type: 'enum', values: BACKENDS, default: 'auto' },
    sample: { type: 'int', min: 0, max: 999, default: 0 },
  } as const satisfies Schema;
}

export type LabSchema = ReturnType<typeof labSchema>;
export type LabSettings = StateOf<LabSchema>;

/**
 * The model the settings describe: the experiment's stack with its cell and width replaced, made
 * deeper or shallower by repeating or dropping its first layer. Every layer but the last returns
 * sequences, and the last does too when the head reads every step.
 */
export function modelFor(base: ModelConfig, s: LabSettings): ModelConfig {
  const template = base.layers[0];
  const lastReturns = base.layers[base.layers.length - 1].returnSequences;
  const layers: RecurrentLayerConfig[] = Array.from({ length: s.layers }, (_, i) => {
    const original = base.layers[i] ?? template;
    return {
      ...original,
      cell: s.cell as CellKind,
      units: s.units,
      returnSequences: i < s.layers - 1 ? true : lastReturns,
    };
  });
  return { ...base, layers, seed: s.seed };
}

export function trainFor(base: TrainConfig, s: LabSettings): TrainConfig {
  return {
    ...base,
    learningRate: s.lr,
    batchSize: s.batch,
    epochs: s.epochs,
    clipNorm: s.clip > 0 ? s.clip : null,
    seed: s.seed,
  };
}

/** True when going from `a` to `b` needs a new model (not just new hyperparameters). */
export function needsRebuild(a: LabSettings, b: LabSettings): boolean {
  return (
    a.cell !== b.cell ||
    a.units !== b.units ||
    a.layers !== b.layers ||
    a.batch !== b.batch ||
    a.epochs !== b.epochs ||
    a.seed !== b.seed ||
    a.backend !== b.backend
  );
}
