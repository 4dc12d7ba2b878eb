/**
 * The recurrent model behind `createModel`: owns its weights, gradients and optimizer slots as
 * Float64Arrays and talks tensors only at the EngineModel boundary (reading x and y once per call,
 * returning predictions as one tensor).
 *
 * Training runs the hand-written forward and backward passes of network.ts: no tfjs kernel is
 * launched inside a step, which is what makes it several times faster than tf.layers for the small
 * models of the course on every backend (PLATFORM.md: dispatch, not arithmetic, dominates there).
 * `autodiff.ts` computes the same gradients with tfjs autodiff; the tests hold the two together.
 *
 * On WebGL the arithmetic moves to the GPU instead: the same network written with tfjs ops
 * (tensorNetwork.ts) computes predictions, losses and gradients there, while the weights, the
 * optimizer and the divergence guard stay here in Float64. The choice is made per call from the
 * running backend (`setComputePath` fixes it), so a model rebuilt after a lost WebGL context simply
 * runs on arrays again. The encoder–decoder and traces always run on arrays.
 * Measured in Node 20 on the project's 2-core machine (busy, so as CPU time per step, both models in
 * one process), 2 layers of 20 units + Dense(1), 50 steps, batch 32, Adam: LSTM 2.4–4.8× less
 * than tf.layers on wasm and 9–13× less than tf.layers on cpu; GRU 5.4–6×, SimpleRNN 5.4–7.6× on wasm.
 *
 * Teacher forcing and free running: a model whose input at step t is the target of step t − 1
 * trains on x as given (teacher forcing: x holds the true previous targets) unless the step options
 * ask to feed its own predictions (`teacherForcing: false`, or `feedPrediction` p for scheduled
 * sampling); then the inputs are first replaced by its argmax predictions (feed.ts) and the step
 * trains on those. Evaluation and prediction always read x as given.
 */
import * as tf from '@tensorflow/tfjs-core';
import type {
  EngineModel,
  EvalResult,
  StepOptions,
  TraceRequest,
  WeightSnapshot,
} from '../modelApi';
import { createRng } from '../rng';
import {
  configErrors,
  countParams,
  sizeOf,
  summarize,
  weightSpecs,
  type WeightSpec,
} from '../shapes';
import type { LayerSummary, LossKind, MetricKind, ModelConfig, Trace } from '../types';
import { readBatch, readTargets, toBatchMajor, type ArrayData } from './batch';
import type { Cell } from './cells/cell';
import { initialWeights } from './weights';
import { COIN_SALT, feedMask, feedPredictions, feedProbability } from './feed';
import { activate, lossAndGradient, metricValue } from './losses';
import {
  makeCells,
  networkBackward,
  networkForward,
  truncation,
  type Batch,
  viewArrays,
  type NetworkArrays,
} from './network';
import { clipByGlobalNorm, createOptimizer, type Optimizer } from './optimizers';
import { traceSample } from './trace';
import { dropoutMasks, tensorForward, tensorGradients } from './tensorNetwork';
import { Seq2SeqParts } from './seq2seq/model';
import {
  seq2seqErrors,
  seq2seqInitialWeights,
  seq2seqSpecs,
  seq2seqSummary,
} from './seq2seq/specs';

/**
 * The step option the trainer adds for scheduled sampling (see TrainConfig.feedPrediction); it
 * rides along with StepOptions so that the model ↔ trainer contract stays as it is.
 */
export interface FeedOption {
  feedPrediction?: number;
}

const EMPTY = new Float64Array(0);

/**
 * Where a stack model's arithmetic runs: 'auto' (tfjs kernels on WebGL, the hand-written passes on
 * every other backend), or one of the two for every backend (tests, benchmarks).
 */
export type ComputePath = 'auto' | 'arrays' | 'tensors';

let computePath: ComputePath = 'auto';

/** Fixes where models compute from now on ('auto' restores the default). */
export function setComputePath(path: ComputePath): void {
  computePath = path;
}

/**
 * The path a stack model's next call takes: 'tensors' or 'arrays'. A WebGL that cannot render
 * float32 textures (some phones) would train in half precision, so such a GPU is left out.
 */
export function activeComputePath(): 'arrays' | 'tensors' {
  if (computePath !== 'auto') return computePath;
  return tf.getBackend() === 'webgl' && tf.env().getBool('WEBGL_RENDER_FLOAT32_ENABLED')
    ? 'tensors'
    : 'arrays';
}

/** Truncated BPTT's window as tensorNetwork takes it: null when nothing is cut. */
function cutWindow(k: number | null, T: number): number | null {
  return k !== null && k >= 1 && k < T ? k : null;
}

/** Samples per forward pass in predict(). */
const PREDICT_CHUNK = 256;

function tensorData(t: tf.Tensor): ArrayData {
  return { values: t.dataSync() as ArrayLike<number>, shape: t.shape };
}

/**
 * The EngineModel of the course: Keras semantics, hand-written BPTT. A config with a `decoder` is
 * an encoder–decoder: the same weight, gradient and optimizer handling, with the passes of
 * seq2seq/ (`seq2seq` below) instead of the stack's.
 */
export class RecurrentModel implements EngineModel {
  readonly config: ModelConfig;
  readonly specs: WeightSpec[];
  private readonly cells: Cell[];
  private readonly weights: Float64Array[];
  private readonly grads: Float64Array[];
  private readonly w: NetworkArrays;
  private readonly g: NetworkArrays;
  private readonly seq2seq: Seq2SeqParts | null = null;
  private optimizer: Optimizer | null = null;
  private steps = 0;
  private disposed = false;

  constructor(config: ModelConfig) {
    this.config = config;
    if (config.decoder) {
      const errors = seq2seqErrors(config);
      if (errors.length > 0) throw new Error(`invalid model config: ${errors.join(', ')}`);
      const specs = seq2seqSpecs(config);
      const init = seq2seqInitialWeights(config);
      this.specs = [...specs.encoder, ...specs.decoder];
      this.weights = [...init.encoder, ...init.decoder];
      this.grads = this.specs.map((s) => new Float64Array(sizeOf(s.shape)));
      this.seq2seq = new Seq2SeqParts(config, this.weights, this.grads);
      // The stack's views stay empty: every pass goes through `seq2seq`.
      this.cells = [];
      this.w = this.g = { embeddings: null, layers: [], headKernel: EMPTY, headBias: EMPTY };
      return;
    }
    const errors = configErrors(config);
    if (errors.length > 0) throw new Error(`invalid model config: ${errors.join(', ')}`);
    this.specs = weightSpecs(config);
    this.cells = makeCells(config);
    this.weights = initialWeights(config, this.specs);
    this.grads = this.specs.map((s) => new Float64Array(sizeOf(s.shape)));
    this.w = viewArrays(config, this.specs, this.weights);
    this.g = viewArrays(config, this.specs, this.grads);
  }

  summary(): LayerSummary[] {
    return this.seq2seq ? seq2seqSummary(this.config) : summarize(this.config);
  }

  paramCount(): number {
    if (this.seq2seq) return this.summary().reduce((s, r) => s + r.params, 0);
    return countParams(this.config);
  }

  /** Optimizer steps taken so far. */
  get stepCount(): number {
    return this.steps;
  }

  predict(x: tf.Tensor): tf.Tensor {
    const data = tensorData(x);
    if (this.seq2seq) {
      const p = this.seq2seq.predict(data);
      return tf.tensor(p.values, p.shape, 'float32');
    }
    const n = data.shape[0];
    const T = data.shape[1];
    const { units, activation } = this.config.head;
    const perSample = (this.config.head.kind === 'everyStep' ? T : 1) * units;
    const values = new Float32Array(n * perSample);
    // In chunks, so the activations kept for a backward pass stay small on large data sets.
    for (let from = 0; from < n; from += PREDICT_CHUNK) {
      const count = Math.min(PREDICT_CHUNK, n - from);
      const batch = readBatch(this.config, data, from, count);
      const fwd = this.forwardLogits(batch);
      const out = activate(fwd.logits, fwd.rows, units, activation);
      values.set(toBatchMajor(this.config, out, batch.T, batch.B), from * perSample);
    }
    const shape = this.config.head.kind === 'everyStep' ? [n, T, units] : [n, units];
    return tf.tensor(values, shape, 'float32');
  }

  trainBatch(x: tf.Tensor, y: tf.Tensor, options: StepOptions & FeedOption): EvalResult {
    return this.trainArrays(tensorData(x), tensorData(y), options);
  }

  /** trainBatch on plain arrays (Keras layout), for callers that hold data outside tensors. */
  trainArrays(x: ArrayData, y: ArrayData, options: StepOptions & FeedOption): EvalResult {
    const result = this.computeGradients(
      x,
      y,
      options.loss,
      options.metric,
      options.tbpttWindow,
      options.dropoutSeed,
      feedProbability(options),
    );
    clipByGlobalNorm(this.grads, options.clipNorm);
    if (!this.optimizer || this.optimizer.kind !== options.optimizer) {
      this.optimizer = createOptimizer(
        options.optimizer,
        this.grads.map((g) => g.length),
      );
    }
    this.optimizer.apply(this.weights, this.grads, options.learningRate);
    this.steps++;
    return result;
  }

  /**
   * Loss and metric of one batch and the gradients of the loss in `gradients()` (not clipped).
   * `dropoutSeed` null runs in inference mode. `feedPrediction` p > 0 first replaces inputs by the
   * model's own previous predictions (all of them for p = 1; coins seeded from the dropout seed).
   */
  computeGradients(
    x: ArrayData,
    y: ArrayData,
    loss: LossKind,
    metric: MetricKind,
    tbpttWindow: number | null,
    dropoutSeed: number | null,
    feedPrediction = 0,
  ): EvalResult {
    if (this.seq2seq) {
      // Truncated BPTT does not apply: the decoder's gradient must reach the encoder whole.
      return this.seq2seq.computeGradients(x, y, loss, metric, dropoutSeed, feedPrediction);
    }
    const n = x.shape[0];
    let batch = readBatch(this.config, x, 0, n);
    const target = readTargets(this.config, y, loss, batch.T, 0, n);
    if (feedPrediction > 0) {
      const mask = feedMask(batch.T, n, feedPrediction, ((dropoutSeed ?? 0) ^ COIN_SALT) >>> 0);
      batch = feedPredictions(this.config, this.cells, this.w, batch, mask, dropoutSeed);
    }
    const rng = dropoutSeed === null ? null : createRng(dropoutSeed);
    if (activeComputePath() === 'tensors') {
      const r = tensorGradients(
        this.config,
        this.specs,
        this.weights,
        this.grads,
        batch,
        target,
        loss,
        metric,
        dropoutMasks(this.config, batch.B, rng),
        cutWindow(tbpttWindow, batch.T),
      );
      return { loss: r.loss, metric: r.metric };
    }
    const fwd = networkForward(this.config, this.cells, this.w, batch, rng);
    const { units, activation } = this.config.head;
    const out = activate(fwd.logits, fwd.rows, units, activation);
    const lg = lossAndGradient(fwd.logits, out, fwd.rows, units, this.config.head, loss, target);
    const m = metricValue(fwd.logits, out, fwd.rows, units, this.config.head, loss, metric, target);
    for (const g of this.grads) g.fill(0);
    networkBackward(
      this.config,
      this.cells,
      this.w,
      this.g,
      fwd,
      lg.dz,
      truncation(tbpttWindow, batch.T),
    );
    return { loss: lg.loss, metric: m };
  }

  /** Head pre-activations of a batch in inference mode, on the active compute path. */
  private forwardLogits(batch: Batch): { logits: Float64Array; rows: number } {
    if (activeComputePath() === 'tensors') {
      return tensorForward(this.config, this.specs, this.weights, batch);
    }
    return networkForward(this.config, this.cells, this.w, batch, null);
  }

  /** The live weight arrays in `specs` order (Float64, Keras layout); writes change the model. */
  weightArrays(): Float64Array[] {
    return this.weights;
  }

  /** The gradient arrays filled by the last `computeGradients` or `trainBatch`, in `specs` order. */
  gradients(): Float64Array[] {
    return this.grads;
  }

  evaluate(
    x: tf.Tensor,
    y: tf.Tensor,
    loss: LossKind,
    metric: MetricKind,
    batchSize: number,
  ): EvalResult {
    const xd = tensorData(x);
    const yd = tensorData(y);
    if (this.seq2seq) return this.seq2seq.evaluate(xd, yd, loss, metric, batchSize);
    const n = xd.shape[0];
    const size = Math.max(1, Math.floor(batchSize));
    let lossSum = 0;
    let metricSum = 0;
    let rowsSum = 0;
    const { units } = this.config.head;
    for (let from = 0; from < n; from += size) {
      const count = Math.min(size, n - from);
      const batch = readBatch(this.config, xd, from, count);
      const target = readTargets(this.config, yd, loss, batch.T, from, count);
      const fwd = this.forwardLogits(batch);
      const out = activate(fwd.logits, fwd.rows, units, this.config.head.activation);
      const lg = lossAndGradient(fwd.logits, out, fwd.rows, units, this.config.head, loss, target);
      lossSum += lg.loss * fwd.rows;
      metricSum +=
        metricValue(fwd.logits, out, fwd.rows, units, this.config.head, loss, metric, target) *
        fwd.rows;
      rowsSum += fwd.rows;
    }
    return rowsSum === 0
      ? { loss: 0, metric: 0 }
      : { loss: lossSum / rowsSum, metric: metricSum / rowsSum };
  }

  trace(x: tf.Tensor, y: tf.Tensor | null, request: TraceRequest): Trace {
    if (this.seq2seq) {
      return this.seq2seq.trace(tensorData(x), y ? tensorData(y) : null, request, this.steps);
    }
    return traceSample(
      { config: this.config, cells: this.cells, specs: this.specs, w: this.w, step: this.steps },
      tensorData(x),
      y ? tensorData(y) : null,
      request,
    );
  }

  getWeights(): WeightSnapshot {
    const snap: WeightSnapshot = {};
    this.specs.forEach((s, i) => {
      snap[s.name] = { values: Float32Array.from(this.weights[i]), shape: s.shape.slice() };
    });
    return snap;
  }

  setWeights(weights: WeightSnapshot): void {
    this.specs.forEach((s, i) => {
      const given = weights[s.name];
      if (!given) throw new Error(`weight ${s.name} missing from snapshot`);
      if (given.values.length !== this.weights[i].length) {
        throw new Error(
          `weight ${s.name} has ${given.values.length} values, expected ${this.weights[i].length}`,
        );
      }
      this.weights[i].set(given.values);
    });
  }

  /** Forgets the optimizer's slots (the next step starts fresh, as a new optimizer would). */
  resetOptimizer(): void {
    this.optimizer = null;
  }

  dispose(): void {
    // No tensor outlives a call: the weights and slots are plain arrays, dropped with the model.
    this.optimizer = null;
    this.disposed = true;
  }

  /** Whether dispose() has run. */
  get isDisposed(): boolean {
    return this.disposed;
  }
}

/** Creates the model for a config; its weights are initialised from `config.seed`. */
export function createModel(config: ModelConfig): RecurrentModel {
  return new RecurrentModel(config);
}
