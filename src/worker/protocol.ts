/**
 * The typed API between the page and the training worker. Everything here crosses the worker
 * boundary by structured clone: plain data only, no tensors, no functions (the snapshot callback is
 * passed as a Comlink proxy).
 */
import type { Bilingual, Reported } from '../engine/experiments';
import type {
  BackendChoice,
  BackendName,
  DataSplit,
  EngineMessage,
  HistoryPoint,
  LayerSummary,
  ModelConfig,
  OptimizerKind,
  Trace,
  TrainConfig,
  TrainerSnapshot,
} from '../engine/types';

/** What the page may know about an experiment without running its data factory. */
export interface ExperimentInfo {
  id: string;
  title: Bilingual;
  description: Bilingual;
  syllabus: string[];
  kind: 'recurrent' | 'baseline';
  model?: ModelConfig;
  train?: TrainConfig;
  reported?: Reported[];
  differs?: Bilingual;
}

/** A run to create: a named experiment (optionally with changed settings) or a custom one. */
export type CreateSpec =
  | {
      experiment: string;
      model?: Partial<ModelConfig>;
      train?: Partial<TrainConfig>;
      backend?: BackendChoice;
      /** Start from saved weights: a folder under public/ holding model.json + weights.bin, e.g. 'models/hihello/'. */
      checkpoint?: string;
    }
  | { model: ModelConfig; train: TrainConfig; data: DataSplit; backend?: BackendChoice };

export interface CreateResult {
  /** False when the configuration was refused; `messages` say why. */
  ok: boolean;
  backend: BackendName;
  /**
   * Where the model's arithmetic runs on that backend: as tfjs kernels ('tensors', on a WebGL that
   * renders float32) or in the engine's own passes ('arrays').
   */
  compute?: 'arrays' | 'tensors';
  /** Validation errors, backend notices. */
  messages: EngineMessage[];
  summary: LayerSummary[];
  paramCount: number;
  batchesPerEpoch: number;
  /** Character tasks: index → character, to decode predictions. */
  chars?: string[];
  /** Sentence tasks: index → word. */
  words?: string[];
}

export interface HyperUpdate {
  learningRate?: number;
  clipNorm?: number | null;
  optimizer?: OptimizerKind;
}

export interface TraceRequestSpec {
  sample: number;
  every: number;
  gradients: boolean;
}

export interface Prediction {
  values: Float32Array;
  shape: number[];
}

/** Inputs the page supplies (a typed sentence's ids, a drawn sequence): [n, T] ids or [n, T, d]. */
export interface InputBatch {
  values: Float32Array | Int32Array | number[];
  shape: number[];
}

/** The model's outputs for page-supplied inputs, or why the inputs were refused. */
export type InputPrediction =
  ({ ok: true } & Prediction) | { ok: false; messages: EngineMessage[] };

/** Weights as plain data, name → values and shape (the engine's snapshot, see engine/modelApi.ts). */
export type RunWeights = Record<string, { values: Float32Array; shape: number[] }>;

/** Everything needed to reopen a run later: its settings, its trained weights and its history. */
export interface RunCheckpoint {
  model: ModelConfig;
  train: TrainConfig;
  weights: RunWeights;
  history: HistoryPoint[];
  epoch: number;
  step: number;
}

/**
 * A trained model as two files. `tfjs-layers`: model.json + weights.bin in the TensorFlow.js layers
 * format (`tf.loadLayersModel` reads them); `unrolled-checkpoint`: the project's own format, used
 * where tf.layers lacks the architecture (`messages` say which part).
 */
export interface ModelFiles {
  format: 'tfjs-layers' | 'unrolled-checkpoint';
  /** The text of model.json. */
  modelJson: string;
  /** The bytes of weights.bin. */
  weights: ArrayBuffer;
  messages: EngineMessage[];
}

/** What an import of model files did: the run now holds the files' weights, or nothing changed. */
export type ImportResult =
  | { ok: true; format: ModelFiles['format']; history: HistoryPoint[] }
  | { ok: false; messages: EngineMessage[] };

export type SnapshotListener = (snapshot: TrainerSnapshot) => void;

/** The worker's methods, as the page calls them (every call is async across the boundary). */
export interface TrainerWorkerApi {
  listExperiments(): ExperimentInfo[];
  /** The app's base URL (the page's document.baseURI): shipped data files are fetched from it. */
  setBaseUrl(url: string): void;
  /** Checks a configuration without building anything (the same check `create` runs). */
  validate(model: ModelConfig, train: TrainConfig): EngineMessage[];
  onSnapshot(listener: SnapshotListener | null): void;
  create(spec: CreateSpec): Promise<CreateResult>;
  play(): Promise<void>;
  pause(): void;
  stepBatch(): Promise<TrainerSnapshot>;
  stepEpoch(): Promise<TrainerSnapshot>;
  reset(): Promise<void>;
  setHyper(update: HyperUpdate): EngineMessage[];
  setConfig(change: {
    model?: ModelConfig;
    train?: Partial<TrainConfig>;
  }): Promise<EngineMessage[]>;
  requestTrace(request: TraceRequestSpec | null): Trace | undefined;
  /** Model outputs for validation samples (e.g. to draw a forecast next to its target). */
  predict(samples: number[]): Prediction;
  /**
   * Model outputs for inputs the page supplies, shaped like the run's own inputs (same time steps
   * and features; ids within the vocabulary). Refused inputs get messages, never an exception.
   */
  predictInputs(input: InputBatch): InputPrediction;
  evaluate(part: 'train' | 'valid' | 'test'): { loss: number; metric: number };
  snapshot(): TrainerSnapshot | null;
  /** The current run's settings, weights and history as plain data (to save it); null without a run. */
  exportCheckpoint(): RunCheckpoint | null;
  /**
   * Creates a run (as `create`) and puts the supplied weights in it. Weights that do not fit the
   * run's model are refused with messages before anything is built: the current run stays.
   */
  createFromWeights(spec: CreateSpec, weights: RunWeights): Promise<CreateResult>;
  /**
   * Puts saved weights into the current run (a reopened experiment), after checking that every
   * weight fits its model; refused weights get messages and the run's weights stay.
   */
  setRunWeights(weights: RunWeights): EngineMessage[];
  /** The current run's trained model as files (see ModelFiles for the two formats). */
  exportModelFiles(): Promise<ModelFiles>;
  /**
   * Puts the weights of model files (either format) into the current run. Malformed files, or
   * files of another model, are refused with messages and the current weights stay.
   */
  importModelFiles(files: { modelJson: string; weights: ArrayBuffer }): ImportResult;
  dispose(): Promise<void>;
}
