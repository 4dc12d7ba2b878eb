/**
 * Head activations, losses with their gradients with respect to the head's pre-activation z, and
 * metrics, on R rows of U outputs (R = batch for a last-step head, T·batch for an every-step head).
 *
 * Reductions follow Keras: every loss is the mean over rows (and, for MSE and binary cross-entropy,
 * over the U outputs of a row, as Keras averages the last axis first).
 *   mse                  L = mean((ŷ − y)²)
 *   softmaxCrossEntropy  L = mean(−log softmax(z)[y]); y are class ids (or rows of class weights).
 *                        With a softmax head z is its input; with a linear head the outputs are logits.
 *   binaryCrossEntropy   L = mean(−y log σ(z) − (1 − y) log(1 − σ(z))), computed from z so it never
 *                        takes log 0; with a sigmoid head z is its input, with a linear head z = ŷ.
 */
import type { HeadConfig, LossKind, MetricKind } from '../types';
import { sigmoid } from './linalg';

/** Targets of R rows: class ids (softmax cross-entropy, accuracy) or dense values [R, U]. */
export interface Targets {
  ids: Int32Array | null;
  values: Float64Array | null;
}

/** The head's activation applied row by row to z [R, U]. */
export function activate(
  z: Float64Array,
  R: number,
  U: number,
  activation: HeadConfig['activation'],
): Float64Array {
  if (activation === 'linear') return z.slice();
  const out = new Float64Array(z.length);
  if (activation === 'sigmoid') {
    for (let i = 0; i < z.length; i++) out[i] = sigmoid(z[i]);
    return out;
  }
  for (let r = 0; r < R; r++) softmaxRow(z, out, r * U, U);
  return out;
}

function softmaxRow(z: Float64Array, out: Float64Array, o: number, U: number): void {
  let max = -Infinity;
  for (let j = 0; j < U; j++) max = Math.max(max, z[o + j]);
  let sum = 0;
  for (let j = 0; j < U; j++) {
    out[o + j] = Math.exp(z[o + j] - max);
    sum += out[o + j];
  }
  for (let j = 0; j < U; j++) out[o + j] /= sum;
}

/** Probabilities implied by the outputs for classification losses (a linear head's outputs are logits). */
function probabilities(
  z: Float64Array,
  out: Float64Array,
  R: number,
  U: number,
  head: HeadConfig,
  loss: LossKind,
): Float64Array {
  if (head.activation !== 'linear' || loss === 'mse') return out;
  return activate(z, R, U, loss === 'softmaxCrossEntropy' ? 'softmax' : 'sigmoid');
}

function checkPairing(head: HeadConfig, loss: LossKind): void {
  if (loss === 'softmaxCrossEntropy' && head.activation === 'sigmoid') {
    throw new Error('softmaxCrossEntropy needs a softmax or linear (logits) head, not sigmoid');
  }
  if (loss === 'binaryCrossEntropy' && head.activation === 'softmax') {
    throw new Error('binaryCrossEntropy needs a sigmoid or linear (logits) head, not softmax');
  }
}

/** The target of row r, column j as a number (ids become one-hot). */
function targetAt(t: Targets, r: number, j: number, U: number): number {
  if (t.ids) return t.ids[r] === j ? 1 : 0;
  return (t.values as Float64Array)[r * U + j];
}

/**
 * Loss value and dL/dz [R, U], where z is the head's pre-activation and `out` its activation.
 */
export function lossAndGradient(
  z: Float64Array,
  out: Float64Array,
  R: number,
  U: number,
  head: HeadConfig,
  loss: LossKind,
  target: Targets,
): { loss: number; dz: Float64Array } {
  checkPairing(head, loss);
  const dz = new Float64Array(R * U);
  let total = 0;
  if (loss === 'softmaxCrossEntropy') {
    const p = probabilities(z, out, R, U, head, loss);
    for (let r = 0; r < R; r++) {
      let max = -Infinity;
      for (let j = 0; j < U; j++) max = Math.max(max, z[r * U + j]);
      let sum = 0;
      for (let j = 0; j < U; j++) sum += Math.exp(z[r * U + j] - max);
      const logSum = max + Math.log(sum);
      for (let j = 0; j < U; j++) {
        const y = targetAt(target, r, j, U);
        if (y !== 0) total += y * (logSum - z[r * U + j]);
        dz[r * U + j] = (p[r * U + j] - y) / R;
      }
    }
    return { loss: total / R, dz };
  }
  const n = R * U;
  if (loss === 'binaryCrossEntropy') {
    for (let r = 0; r < R; r++) {
      for (let j = 0; j < U; j++) {
        const i = r * U + j;
        const y = targetAt(target, r, j, U);
        const x = z[i];
        total += Math.max(x, 0) - x * y + Math.log1p(Math.exp(-Math.abs(x)));
        dz[i] = (sigmoid(x) - y) / n;
      }
    }
    return { loss: total / n, dz };
  }
  // Mean squared error through the head's activation.
  const dOut = new Float64Array(n);
  for (let r = 0; r < R; r++) {
    for (let j = 0; j < U; j++) {
      const i = r * U + j;
      const e = out[i] - targetAt(target, r, j, U);
      total += e * e;
      dOut[i] = (2 * e) / n;
    }
  }
  if (head.activation === 'linear') return { loss: total / n, dz: dOut };
  if (head.activation === 'sigmoid') {
    for (let i = 0; i < n; i++) dz[i] = dOut[i] * out[i] * (1 - out[i]);
    return { loss: total / n, dz };
  }
  for (let r = 0; r < R; r++) {
    let dot = 0;
    for (let j = 0; j < U; j++) dot += dOut[r * U + j] * out[r * U + j];
    for (let j = 0; j < U; j++) dz[r * U + j] = out[r * U + j] * (dOut[r * U + j] - dot);
  }
  return { loss: total / n, dz };
}

/**
 * A metric over R rows. `mse` as the loss; `accuracy` as Keras picks it: class ids → the argmax
 * equals the id; one output per row → the probability and the target fall on the same side of 0.5;
 * several outputs with dense targets → the argmaxes agree.
 */
export function metricValue(
  z: Float64Array,
  out: Float64Array,
  R: number,
  U: number,
  head: HeadConfig,
  loss: LossKind,
  metric: MetricKind,
  target: Targets,
): number {
  if (R === 0) return 0;
  const p = probabilities(z, out, R, U, head, loss);
  if (metric === 'mse') {
    let s = 0;
    for (let r = 0; r < R; r++)
      for (let j = 0; j < U; j++) s += (p[r * U + j] - targetAt(target, r, j, U)) ** 2;
    return s / (R * U);
  }
  let hits = 0;
  if (!target.ids && U === 1) {
    const values = target.values as Float64Array;
    for (let r = 0; r < R; r++) if (p[r] > 0.5 === values[r] > 0.5) hits++;
    return hits / R;
  }
  for (let r = 0; r < R; r++) {
    let best = 0;
    let bestTarget = 0;
    for (let j = 1; j < U; j++) {
      if (p[r * U + j] > p[r * U + best]) best = j;
      if (targetAt(target, r, j, U) > targetAt(target, r, bestTarget, U)) bestTarget = j;
    }
    if (best === bestTarget) hits++;
  }
  return hits / R;
}
