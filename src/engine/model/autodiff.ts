/**
 * The model written a second time with tfjs ops, unrolled over time, with gradients from tfjs
 * autodiff (tf.grads). It follows the Keras formulas directly (see the cell files for them) and
 * shares no code with the hand-written passes, so the tests use it as their reference for the
 * forward pass of cells tf.layers lacks (GRU reset_after=true, layer-normalized SimpleRNN) and for
 * every gradient, truncated BPTT included. Slow (one kernel per operation per step): a reference,
 * not a training path. Dropout is not modelled (inference-mode forward).
 */
import * as tf from '@tensorflow/tfjs-core';
// The bare core ships without gradient functions; tf.grads needs them.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type { WeightSnapshot } from '../modelApi';
import { layerOutputWidth, weightSpecs } from '../shapes';
import type { LossKind, ModelConfig, RecurrentLayerConfig } from '../types';

const LN_EPSILON = 1e-3;

/** Identity whose gradient is zero: where truncated BPTT cuts a recurrent link. */
const stopGradient = tf.customGrad((x) => {
  const input = x as unknown as tf.Tensor;
  return { value: input.clone(), gradFunc: (dy: tf.Tensor) => tf.zerosLike(dy) };
});

type Params = Record<string, tf.Tensor>;

/** One direction of a layer over xs (a list of [B, d] steps); returns h(t) for every step. */
function runDirection(
  layer: RecurrentLayerConfig,
  p: Params,
  prefix: string,
  xs: tf.Tensor2D[],
  cutWindow: number | null,
): tf.Tensor2D[] {
  const H = layer.units;
  const T = xs.length;
  const B = xs[0].shape[0];
  const Wx = p[`${prefix}/kernel`] as tf.Tensor2D;
  const Wh = p[`${prefix}/recurrent_kernel`] as tf.Tensor2D;
  const bias = p[`${prefix}/bias`];
  let h: tf.Tensor2D = tf.zeros([B, H]);
  let c: tf.Tensor2D = tf.zeros([B, H]);
  const out: tf.Tensor2D[] = [];
  for (let t = 0; t < T; t++) {
    if (cutWindow !== null && t > 0 && (T - t) % cutWindow === 0) {
      h = stopGradient(h) as tf.Tensor2D;
      c = stopGradient(c) as tf.Tensor2D;
    }
    const x = xs[t];
    if (layer.cell === 'simpleRnn' || layer.cell === 'lnSimpleRnn') {
      const a = tf.add(tf.add(tf.matMul(x, Wx), tf.matMul(h, Wh)), bias) as tf.Tensor2D;
      if (layer.cell === 'simpleRnn') {
        h = tf.tanh(a);
      } else {
        const { mean, variance } = tf.moments(a, -1, true);
        const normed = tf.div(tf.sub(a, mean), tf.sqrt(tf.add(variance, LN_EPSILON)));
        h = tf.tanh(tf.add(tf.mul(normed, p[`${prefix}/gamma`]), p[`${prefix}/beta`]));
      }
    } else if (layer.cell === 'lstm') {
      const zAll = tf.add(tf.add(tf.matMul(x, Wx), tf.matMul(h, Wh)), bias);
      const [zi, zf, zg, zo] = tf.split(zAll, 4, 1);
      c = tf.add(tf.mul(tf.sigmoid(zf), c), tf.mul(tf.sigmoid(zi), tf.tanh(zg)));
      h = tf.mul(tf.sigmoid(zo), tf.tanh(c));
    } else {
      let z: tf.Tensor;
      let g: tf.Tensor;
      if (layer.gruResetAfter) {
        const [bIn, bRec] = tf.unstack(bias);
        const [xz, xr, xg] = tf.split(tf.add(tf.matMul(x, Wx), bIn), 3, 1);
        const [hz, hr, hg] = tf.split(tf.add(tf.matMul(h, Wh), bRec), 3, 1);
        z = tf.sigmoid(tf.add(xz, hz));
        const r = tf.sigmoid(tf.add(xr, hr));
        g = tf.tanh(tf.add(xg, tf.mul(r, hg)));
      } else {
        const [xz, xr, xg] = tf.split(tf.add(tf.matMul(x, Wx), bias), 3, 1);
        const whZr = tf.slice(Wh, [0, 0], [H, 2 * H]);
        const whG = tf.slice(Wh, [0, 2 * H], [H, H]);
        const [hz, hr] = tf.split(tf.matMul(h, whZr), 2, 1);
        z = tf.sigmoid(tf.add(xz, hz));
        const r = tf.sigmoid(tf.add(xr, hr));
        g = tf.tanh(tf.add(xg, tf.matMul(tf.mul(r, h), whG)));
      }
      h = tf.add(tf.mul(z, h), tf.mul(tf.sub(1, z), g));
    }
    out.push(h);
  }
  return out;
}

/**
 * Head pre-activation z: [B, U] for a last-step head, [B, T, U] for an every-step head.
 * x is [B, T, d] floats for dense input, [B, T] int32 ids otherwise.
 */
export function autodiffLogits(
  config: ModelConfig,
  p: Params,
  x: tf.Tensor,
  cutWindow: number | null = null,
): tf.Tensor {
  let seq: tf.Tensor3D;
  if (config.input.kind === 'dense') seq = x as tf.Tensor3D;
  else if (config.input.kind === 'oneHot')
    seq = tf.cast(
      tf.oneHot(tf.cast(x, 'int32') as tf.Tensor2D, config.input.vocabSize),
      'float32',
    ) as tf.Tensor3D;
  else seq = tf.gather(p['embedding/embeddings'], tf.cast(x, 'int32')) as tf.Tensor3D;
  const specs = weightSpecs(config);
  const layerName = (i: number): string => {
    const s = specs.find((w) => w.layer === i) as { name: string };
    return s.name.split('/')[0];
  };
  let steps: tf.Tensor2D[] = tf.unstack(seq, 1) as tf.Tensor2D[];
  let lastRow: tf.Tensor2D | null = null;
  config.layers.forEach((layer, i) => {
    const name = layerName(i);
    if (!layer.bidirectional) {
      steps = runDirection(layer, p, name, steps, cutWindow);
      lastRow = steps[steps.length - 1];
      return;
    }
    const fwd = runDirection(layer, p, `${name}/forward`, steps, cutWindow);
    const bwd = runDirection(layer, p, `${name}/backward`, steps.slice().reverse(), cutWindow);
    const bwdInTime = bwd.slice().reverse();
    steps = fwd.map((h, t) => tf.concat([h, bwdInTime[t]], 1));
    lastRow = layer.returnSequences
      ? steps[steps.length - 1]
      : tf.concat([fwd[fwd.length - 1], bwd[bwd.length - 1]], 1);
  });
  const head = specs[specs.length - 1].name.split('/')[0];
  const W = p[`${head}/kernel`];
  const b = p[`${head}/bias`];
  if (config.head.kind === 'last')
    return tf.add(tf.matMul(lastRow as unknown as tf.Tensor2D, W as tf.Tensor2D), b);
  const width = layerOutputWidth(config.layers[config.layers.length - 1]);
  const all = tf.reshape(tf.stack(steps, 1), [-1, width]);
  const z = tf.add(tf.matMul(all as tf.Tensor2D, W as tf.Tensor2D), b);
  return tf.reshape(z, [steps[0].shape[0], steps.length, config.head.units]);
}

/** The head activation of z. */
export function autodiffActivate(config: ModelConfig, z: tf.Tensor): tf.Tensor {
  if (config.head.activation === 'sigmoid') return tf.sigmoid(z);
  if (config.head.activation === 'softmax') return tf.softmax(z);
  return z;
}

/** The loss of z against y (ids for softmax cross-entropy, as in losses.ts). */
export function autodiffLoss(
  config: ModelConfig,
  z: tf.Tensor,
  y: tf.Tensor,
  loss: LossKind,
): tf.Scalar {
  const U = config.head.units;
  if (loss === 'softmaxCrossEntropy') {
    const labels =
      y.size * U === z.size
        ? tf.oneHot(tf.reshape(tf.cast(y, 'int32'), [-1]) as tf.Tensor1D, U)
        : tf.reshape(y, [-1, U]);
    const logp = tf.logSoftmax(tf.reshape(z, [-1, U]));
    return tf.neg(tf.mean(tf.sum(tf.mul(labels, logp), -1)));
  }
  const target = tf.cast(tf.reshape(y, z.shape), 'float32');
  if (loss === 'binaryCrossEntropy') {
    const terms = tf.add(
      tf.sub(tf.relu(z), tf.mul(z, target)),
      tf.log1p(tf.exp(tf.neg(tf.abs(z)))),
    );
    return tf.mean(terms);
  }
  return tf.mean(tf.square(tf.sub(autodiffActivate(config, z), target)));
}

/** Loss and its gradient for every weight, by tf.grads over the unrolled forward pass. */
export function autodiffGradients(
  config: ModelConfig,
  weights: WeightSnapshot,
  x: tf.Tensor,
  y: tf.Tensor,
  loss: LossKind,
  cutWindow: number | null = null,
): { loss: number; grads: Record<string, Float32Array> } {
  const names = Object.keys(weights);
  return tf.tidy(() => {
    const tensors = names.map((n) => tf.tensor(weights[n].values, weights[n].shape));
    let value = 0;
    const f = (...ws: tf.Tensor[]): tf.Scalar => {
      const p: Params = {};
      names.forEach((n, i) => (p[n] = ws[i]));
      const l = autodiffLoss(config, autodiffLogits(config, p, x, cutWindow), y, loss);
      value = l.dataSync()[0];
      return l;
    };
    const gs = tf.grads(f)(tensors);
    const grads: Record<string, Float32Array> = {};
    names.forEach((n, i) => (grads[n] = gs[i].dataSync() as Float32Array));
    return { loss: value, grads };
  });
}

/** The forward pass only: predictions [B, U] or [B, T, U] for the given weights. */
export function autodiffPredict(
  config: ModelConfig,
  weights: WeightSnapshot,
  x: tf.Tensor,
): tf.Tensor {
  return tf.tidy(() => {
    const p: Params = {};
    for (const [n, w] of Object.entries(weights)) p[n] = tf.tensor(w.values, w.shape);
    return autodiffActivate(config, autodiffLogits(config, p, x));
  });
}
