/**
 * The contract between a recurrent model (engine/model) and the trainer (engine/trainer).
 * Tensors appear only on this side of the worker boundary; everything returned to callers that may
 * cross it is plain data.
 */
import type * as tf from '@tensorflow/tfjs-core';
import type {
  LayerSummary,
  LossKind,
  MetricKind,
  ModelConfig,
  OptimizerKind,
  Trace,
} from './types';

/** Weights as plain data, name → values and shape. Used for checkpoints and last-good restores. */
export type WeightSnapshot = Record<string, { values: Float32Array; shape: number[] }>;

export interface StepOptions {
  loss: LossKind;
  metric: MetricKind;
  optimizer: OptimizerKind;
  learningRate: number;
  clipNorm: number | null;
  tbpttWindow: number | null;
  teacherForcing?: boolean;
  /** Seed for this step's dropout masks. */
  dropoutSeed: number;
}

export interface EvalResult {
  loss: number;
  metric: number;
}

export interface TraceRequest {
  /** Index of the sample in `x`. */
  sample: number;
  /** Also compute ‖∂L/∂h(t)‖, ‖∂h(T)/∂h(t)‖ and weight-gradient norms (needs `y`). */
  gradients: boolean;
  loss?: LossKind;
}

export interface EngineModel {
  readonly config: ModelConfig;
  /** Keras-style rows, one per layer, and the total parameter count. */
  summary(): LayerSummary[];
  paramCount(): number;
  /** Forward pass in inference mode (no dropout): x [n, T, d] or [n, T] ids → predictions. */
  predict(x: tf.Tensor): tf.Tensor;
  /**
   * One optimizer step on one batch. The optimizer is created on first use and kept (its kind may
   * change, which recreates it); the learning rate and clipping may change between steps.
   * Returns the batch loss and metric before the update.
   */
  trainBatch(x: tf.Tensor, y: tf.Tensor, options: StepOptions): EvalResult;
  /** Mean loss and metric over a data set, evaluated in batches of `batchSize`. */
  evaluate(
    x: tf.Tensor,
    y: tf.Tensor,
    loss: LossKind,
    metric: MetricKind,
    batchSize: number,
  ): EvalResult;
  /** Introspection of one sample as plain data. */
  trace(x: tf.Tensor, y: tf.Tensor | null, request: TraceRequest): Trace;
  getWeights(): WeightSnapshot;
  setWeights(weights: WeightSnapshot): void;
  /** Disposes every variable and the optimizer. */
  dispose(): void;
}
