/**
 * The network on tfjs kernels, for backends whose strength is arithmetic rather than dispatch (a
 * GPU through WebGL). It is the model of network.ts — Keras semantics, time-major rows, dropout
 * masks drawn from the same seeded stream in the same order, truncated BPTT cutting the same links —
 * written with tfjs ops, with the weight gradients from tfjs autodiff over the unrolled steps.
 *
 * The loss, its gradient with respect to the head's input and the metric are losses.ts's own,
 * applied to the logits read back once per batch (a custom-gradient op hands that gradient to
 * autodiff), so both paths share their definition of every loss and metric.
 *
 * Kernels are kept few, because on every tfjs backend each launch costs more than the arithmetic of
 * a course-sized step (PLATFORM.md): a layer's input projection is one product for all T steps, the
 * gates of a step come from one product with the fused recurrent kernel, a bidirectional layer's
 * backward copy reads the projected steps in reverse order instead of a reversed copy, and only the
 * logits and the weight gradients are read back.
 *
 * tf.grads needs tfjs's gradient functions, which the bare core does not register: the worker entry
 * imports them (`@tensorflow/tfjs-core/dist/register_all_gradients`), as do the tests. Node's
 * CommonJS build cannot load that file, and Node never runs WebGL, so the CLI does without.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../rng';
import { inputFeatures, layerOutputWidth, specIndex, type WeightSpec } from '../shapes';
import type { LossKind, MetricKind, ModelConfig, RecurrentLayerConfig } from '../types';
import { LAYER_NORM_EPSILON } from './cells/simpleRnn';
import { activate, lossAndGradient, metricValue, type Targets } from './losses';
import { dropoutMask } from './layer';
import type { Batch } from './network';

/** The weight tensors of one direction of a layer. */
interface DirectionTensors {
  kernel: tf.Tensor2D;
  /** [G], or [2, G] for GRU reset_after (input bias, recurrent bias). */
  bias: tf.Tensor;
  recurrent: tf.Tensor2D;
  gamma?: tf.Tensor1D;
  beta?: tf.Tensor1D;
}

function find(
  specs: WeightSpec[],
  ws: tf.Tensor[],
  role: WeightSpec['role'],
  layer: number,
  dir: WeightSpec['direction'],
): tf.Tensor | undefined {
  const i = specIndex(specs, role, layer, dir);
  return i >= 0 ? ws[i] : undefined;
}

function directionTensors(
  specs: WeightSpec[],
  ws: tf.Tensor[],
  layer: number,
  dir: 'forward' | 'backward',
): DirectionTensors {
  return {
    kernel: find(specs, ws, 'kernel', layer, dir) as tf.Tensor2D,
    bias: find(specs, ws, 'bias', layer, dir) as tf.Tensor,
    recurrent: find(specs, ws, 'recurrentKernel', layer, dir) as tf.Tensor2D,
    gamma: find(specs, ws, 'gamma', layer, dir) as tf.Tensor1D | undefined,
    beta: find(specs, ws, 'beta', layer, dir) as tf.Tensor1D | undefined,
  };
}

/** Identity whose gradient is zero: where truncated BPTT cuts a recurrent link. */
const stopGradient = tf.customGrad((x) => {
  const input = x as unknown as tf.Tensor;
  return { value: input.clone(), gradFunc: (dy: tf.Tensor) => tf.zerosLike(dy) };
});

/**
 * One direction over the projected steps `xp` (each [B, G], bias of the input side included),
 * taken in the order given; returns h for each of them in that order.
 */
function runCell(
  layer: RecurrentLayerConfig,
  w: DirectionTensors,
  xp: tf.Tensor2D[],
  cutWindow: number | null,
): tf.Tensor2D[] {
  const H = layer.units;
  const T = xp.length;
  const B = xp[0].shape[0];
  let h: tf.Tensor2D = tf.zeros([B, H]);
  let c: tf.Tensor2D = tf.zeros([B, H]);
  const out: tf.Tensor2D[] = [];
  // GRU reset_before multiplies r into h before the candidate's product: split its kernel once.
  const gruSplit =
    layer.cell === 'gru' && !layer.gruResetAfter
      ? {
          zr: tf.slice(w.recurrent, [0, 0], [H, 2 * H]) as tf.Tensor2D,
          g: tf.slice(w.recurrent, [0, 2 * H], [H, H]) as tf.Tensor2D,
        }
      : null;
  const recurrentBias =
    layer.cell === 'gru' && layer.gruResetAfter ? tf.slice(w.bias, [1, 0], [1, 3 * H]) : null;
  for (let t = 0; t < T; t++) {
    if (cutWindow !== null && t > 0 && (T - t) % cutWindow === 0) {
      h = stopGradient(h) as tf.Tensor2D;
      if (layer.cell === 'lstm') c = stopGradient(c) as tf.Tensor2D;
    }
    const x = xp[t];
    if (layer.cell === 'simpleRnn') {
      h = t === 0 ? tf.tanh(x) : tf.tanh(tf.add(x, tf.matMul(h, w.recurrent)));
    } else if (layer.cell === 'lnSimpleRnn') {
      const a = t === 0 ? x : tf.add(x, tf.matMul(h, w.recurrent));
      const { mean, variance } = tf.moments(a, -1, true);
      const normed = tf.mul(tf.sub(a, mean), tf.rsqrt(tf.add(variance, LAYER_NORM_EPSILON)));
      h = tf.tanh(tf.add(tf.mul(normed, w.gamma as tf.Tensor1D), w.beta as tf.Tensor1D));
    } else if (layer.cell === 'lstm') {
      // Keras gate order i, f, g, o; one sigmoid over all gates, the candidate's slice taken apart.
      const z = t === 0 ? x : tf.add(x, tf.matMul(h, w.recurrent));
      const s = tf.sigmoid(z);
      const i = tf.slice(s, [0, 0], [B, H]);
      const f = tf.slice(s, [0, H], [B, H]);
      const o = tf.slice(s, [0, 3 * H], [B, H]);
      const g = tf.tanh(tf.slice(z, [0, 2 * H], [B, H]));
      c = (t === 0 ? tf.mul(i, g) : tf.add(tf.mul(f, c), tf.mul(i, g))) as tf.Tensor2D;
      h = tf.mul(o, tf.tanh(c));
    } else if (gruSplit) {
      const zr = tf.sigmoid(tf.add(tf.slice(x, [0, 0], [B, 2 * H]), tf.matMul(h, gruSplit.zr)));
      const z = tf.slice(zr, [0, 0], [B, H]);
      const r = tf.slice(zr, [0, H], [B, H]);
      const g = tf.tanh(
        tf.add(tf.slice(x, [0, 2 * H], [B, H]), tf.matMul(tf.mul(r, h), gruSplit.g)),
      );
      h = tf.add(g, tf.mul(z, tf.sub(h, g)));
    } else {
      const hp = tf.add(tf.matMul(h, w.recurrent), recurrentBias as tf.Tensor);
      const zr = tf.sigmoid(
        tf.add(tf.slice(x, [0, 0], [B, 2 * H]), tf.slice(hp, [0, 0], [B, 2 * H])),
      );
      const z = tf.slice(zr, [0, 0], [B, H]);
      const r = tf.slice(zr, [0, H], [B, H]);
      const g = tf.tanh(
        tf.add(tf.slice(x, [0, 2 * H], [B, H]), tf.mul(r, tf.slice(hp, [0, 2 * H], [B, H]))),
      );
      h = tf.add(g, tf.mul(z, tf.sub(h, g)));
    }
    out.push(h);
  }
  return out;
}

/** The input-side bias of a direction ([G]; GRU reset_after keeps its recurrent bias apart). */
function inputBias(layer: RecurrentLayerConfig, w: DirectionTensors): tf.Tensor {
  if (layer.cell === 'gru' && layer.gruResetAfter) {
    return tf.reshape(tf.slice(w.bias, [0, 0], [1, 3 * layer.units]), [3 * layer.units]);
  }
  return w.bias;
}

/** Dropout masks for every layer and direction, drawn by layer.ts in the order it draws them. */
export function dropoutMasks(
  config: ModelConfig,
  B: number,
  rng: Rng | null,
): (Float32Array | null)[][] {
  const widths = [inputFeatures(config), ...config.layers.map(layerOutputWidth)];
  return config.layers.map((layer, i) =>
    (layer.bidirectional ? [0, 1] : [0]).map(() => {
      const rate = layer.dropout ?? 0;
      return rng && rate > 0 ? Float32Array.from(dropoutMask(rng, B, widths[i], rate)) : null;
    }),
  );
}

/** The first layer's input rows, [T·B, d]: dense values, one-hot rows, or embedding vectors. */
function inputRows(
  config: ModelConfig,
  specs: WeightSpec[],
  ws: tf.Tensor[],
  batch: Batch,
): tf.Tensor2D {
  const rows = batch.T * batch.B;
  if (config.input.kind === 'dense') {
    return tf.tensor2d(Float32Array.from(batch.x as Float64Array), [rows, inputFeatures(config)]);
  }
  const ids = batch.ids as Int32Array;
  const vocab = config.input.vocabSize;
  if (config.input.kind === 'oneHot') {
    // tf.oneHot leaves rows of ids outside [0, vocab) all zero, as the hand-written path does.
    return tf.cast(tf.oneHot(tf.tensor1d(ids, 'int32'), vocab), 'float32') as tf.Tensor2D;
  }
  const E = find(specs, ws, 'embeddings', -1, null) as tf.Tensor2D;
  let invalid = false;
  const safe = Int32Array.from(ids, (id) => {
    if (id >= 0 && id < vocab) return id;
    invalid = true;
    return 0;
  });
  const looked = tf.gather(E, tf.tensor1d(safe, 'int32')) as tf.Tensor2D;
  if (!invalid) return looked;
  const keep = tf.tensor2d(
    Float32Array.from(ids, (id) => (id >= 0 && id < vocab ? 1 : 0)),
    [rows, 1],
  );
  return tf.mul(looked, keep);
}

/**
 * Head pre-activation z as rows [R, U] in network.ts's order (R = B for a last-step head, T·B
 * time-major for an every-step head).
 */
export function tensorLogits(
  config: ModelConfig,
  specs: WeightSpec[],
  ws: tf.Tensor[],
  batch: Batch,
  masks: (Float32Array | null)[][] | null,
  cutWindow: number | null,
): tf.Tensor2D {
  const { T, B } = batch;
  let input = inputRows(config, specs, ws, batch);
  let finals: tf.Tensor2D[] = [];
  let seq: tf.Tensor2D[] = [];
  config.layers.forEach((layer, li) => {
    const H = layer.units;
    const G = (layer.cell === 'lstm' ? 4 : layer.cell === 'gru' ? 3 : 1) * H;
    const d = input.shape[1];
    const dirs: ('forward' | 'backward')[] = layer.bidirectional
      ? ['forward', 'backward']
      : ['forward'];
    const results = dirs.map((dir, di) => {
      const w = directionTensors(specs, ws, li, dir);
      const mask = masks?.[li]?.[di] ?? null;
      const x = mask
        ? tf.reshape(tf.mul(tf.reshape(input, [T, B, d]), tf.tensor2d(mask, [B, d])), [T * B, d])
        : input;
      const projected = tf.add(tf.matMul(x, w.kernel), inputBias(layer, w));
      const steps = tf.unstack(tf.reshape(projected, [T, B, G])) as tf.Tensor2D[];
      if (dir === 'forward') return runCell(layer, w, steps, cutWindow);
      // The backward copy reads the steps last to first; its outputs go back to time order.
      return runCell(layer, w, steps.slice().reverse(), cutWindow).reverse();
    });
    if (results.length === 1) {
      seq = results[0];
      finals = [seq[T - 1]];
    } else {
      const [fwd, bwd] = results;
      seq = fwd.map((h, t) => tf.concat([h, bwd[t]], 1));
      // Without returnSequences the backward copy's final state is its output at original step 0.
      finals = layer.returnSequences ? [seq[T - 1]] : [fwd[T - 1], bwd[0]];
    }
    input = tf.concat(seq, 0);
  });
  const kernel = find(specs, ws, 'headKernel', -1, null) as tf.Tensor2D;
  const bias = find(specs, ws, 'headBias', -1, null) as tf.Tensor1D;
  const rows =
    config.head.kind === 'everyStep'
      ? input
      : finals.length === 1
        ? finals[0]
        : tf.concat(finals, 1);
  return tf.add(tf.matMul(rows, kernel), bias);
}

/** Uploads Float64 weight arrays as float32 tensors, in `specs` order. */
export function uploadWeights(specs: WeightSpec[], arrays: Float64Array[]): tf.Tensor[] {
  return arrays.map((a, i) => tf.tensor(Float32Array.from(a), specs[i].shape, 'float32'));
}

export interface TensorStepResult {
  loss: number;
  metric: number;
  /** The logits read back, [R·U], in network.ts's row order. */
  logits: Float64Array;
  rows: number;
}

/**
 * Loss, metric and every weight's gradient (written into `grads`, Float64, `specs` order) for one
 * batch, computed on the current tfjs backend. `masks` null means inference mode (no dropout).
 */
export function tensorGradients(
  config: ModelConfig,
  specs: WeightSpec[],
  weights: Float64Array[],
  grads: Float64Array[],
  batch: Batch,
  target: Targets,
  loss: LossKind,
  metric: MetricKind,
  masks: (Float32Array | null)[][] | null,
  cutWindow: number | null,
): TensorStepResult {
  const U = config.head.units;
  let result: TensorStepResult = { loss: 0, metric: 0, logits: new Float64Array(0), rows: 0 };
  // The loss as an op: its value and dL/dz come from losses.ts on the logits read back.
  const lossOp = tf.customGrad((zIn) => {
    const z = zIn as unknown as tf.Tensor2D;
    const rows = z.shape[0];
    const logits = Float64Array.from(z.dataSync());
    const out = activate(logits, rows, U, config.head.activation);
    const lg = lossAndGradient(logits, out, rows, U, config.head, loss, target);
    const m = metricValue(logits, out, rows, U, config.head, loss, metric, target);
    result = { loss: lg.loss, metric: m, logits, rows };
    return {
      value: tf.scalar(lg.loss),
      gradFunc: (dy: tf.Tensor) => tf.mul(dy, tf.tensor2d(Float32Array.from(lg.dz), [rows, U])),
    };
  });
  tf.tidy(() => {
    const ws = uploadWeights(specs, weights);
    const f = (...args: tf.Tensor[]): tf.Scalar =>
      lossOp(tensorLogits(config, specs, args, batch, masks, cutWindow)) as tf.Scalar;
    const gs = tf.grads(f)(ws);
    gs.forEach((g, i) => grads[i].set(g.dataSync()));
  });
  return result;
}

/** The head's pre-activation rows for a batch on the current backend (inference mode). */
export function tensorForward(
  config: ModelConfig,
  specs: WeightSpec[],
  weights: Float64Array[],
  batch: Batch,
): { logits: Float64Array; rows: number } {
  // A scope rather than tf.tidy, whose result must be tensors: this one returns plain data.
  tf.engine().startScope();
  try {
    const z = tensorLogits(config, specs, uploadWeights(specs, weights), batch, null, null);
    return { logits: Float64Array.from(z.dataSync()), rows: z.shape[0] };
  } finally {
    tf.engine().endScope();
  }
}
