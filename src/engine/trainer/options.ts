/**
 * What a Trainer is built from and what it accepts while running: its options, the hyperparameters
 * that change between steps, trace requests, and the error carrying invalid-configuration messages.
 */
import type { FeedOption } from '../model/model';
import type { EngineModel, StepOptions } from '../modelApi';
import type {
  BackendName,
  DataSplit,
  EngineMessage,
  ModelConfig,
  OptimizerKind,
  TrainConfig,
  TrainerSnapshot,
} from '../types';

/** Thrown by the constructor and setters when a configuration is invalid; carries the messages. */
export class ConfigError extends Error {
  constructor(readonly messages: EngineMessage[]) {
    super(messages.map((m) => `${m.code} ${JSON.stringify(m.params ?? {})}`).join('; '));
    this.name = 'ConfigError';
  }
}

export interface TrainerOptions {
  model: ModelConfig;
  train: TrainConfig;
  data: DataSplit;
  createModel: (config: ModelConfig) => EngineModel;
  onSnapshot?: (snapshot: TrainerSnapshot) => void;
  /** The running backend, for the snapshot. */
  backend?: () => BackendName;
  /** Record the mean training loss every N steps (default: about 20 points per epoch). */
  historyEvery?: number;
  /** Shortest gap between two snapshots, ms (33 → at most ~30 a second). */
  snapshotIntervalMs?: number;
  /** Copy the weights as "last good" every N healthy steps (restored on divergence). */
  checkpointEvery?: number;
  divergenceFactor?: number;
  /** Batch size for validation passes. */
  evalBatchSize?: number;
  now?: () => number;
}

export interface HyperParams {
  learningRate?: number;
  clipNorm?: number | null;
  optimizer?: OptimizerKind;
}

export interface TraceOptions {
  /** Index of the validation sample to trace. */
  sample: number;
  /** Take a trace every N optimizer steps while training (and once right away). */
  every: number;
  /** Include gradient and Jacobian norms (slower). */
  gradients: boolean;
}

/** The options of one optimizer step under a training configuration (free running included). */
export function stepOptionsOf(train: TrainConfig, dropoutSeed: number): StepOptions & FeedOption {
  return {
    loss: train.loss,
    metric: train.metric,
    optimizer: train.optimizer,
    learningRate: train.learningRate,
    clipNorm: train.clipNorm,
    tbpttWindow: train.tbpttWindow,
    teacherForcing: train.teacherForcing,
    feedPrediction: train.feedPrediction,
    dropoutSeed,
  };
}
