/**
 * Figures of a trained model beyond its loss: decoded predictions, Géron's iterative and last-step
 * forecasts, and the accuracy of a character model that generates from each window's first
 * character alone (free running), next to the teacher-forced accuracy the trainer reports.
 */
import * as tf from '@tensorflow/tfjs-core';
import { decode, joinWindowPredictions } from '../data';
import type { Experiment, PreparedData } from '../experiments';
import type { EngineModel } from '../modelApi';
import type { SequenceData } from '../types';

/** Prediction ids: argmax over the last axis of a [n, T, V] or [n, V] prediction tensor. */
export function argmaxIds(model: EngineModel, x: SequenceData): Int32Array {
  return tf.tidy(() => {
    const input = tf.tensor(x.x, x.xShape, x.x instanceof Int32Array ? 'int32' : 'float32');
    const p = model.predict(input);
    return tf.argMax(p, p.rank - 1).dataSync() as Int32Array;
  });
}

/**
 * Greedy free-running predictions of a model whose input at step t is its previous output: each
 * sample starts from its first input id, every later input is the argmax the model just made.
 * Returns the predicted ids, [n, T], batch-major.
 */
export function freeRunIds(model: EngineModel, x: SequenceData): Int32Array {
  const [n, T] = x.xShape;
  const inputs = new Int32Array(n * T);
  const out = new Int32Array(n * T);
  for (let i = 0; i < n; i++) inputs[i * T] = x.x[i * T];
  for (let t = 1; t <= T; t++) {
    const prefix = new Int32Array(n * t);
    for (let i = 0; i < n; i++) prefix.set(inputs.subarray(i * T, i * T + t), i * t);
    const ids = tf.tidy(() => {
      const p = model.predict(tf.tensor(prefix, [n, t], 'int32'));
      return tf.argMax(p, 2).dataSync() as Int32Array;
    });
    for (let i = 0; i < n; i++) {
      const next = ids[i * t + t - 1];
      out[i * T + t - 1] = next;
      if (t < T) inputs[i * T + t] = next;
    }
  }
  return out;
}

/** Share of positions where predicted ids equal the target ids. */
export function idAccuracy(predicted: ArrayLike<number>, target: ArrayLike<number>): number {
  let right = 0;
  for (let i = 0; i < target.length; i++) if (predicted[i] === target[i]) right++;
  return target.length ? right / target.length : 0;
}

/** Géron's iterative forecast: predict one step, append it, repeat `steps` times; MSE vs y [n, steps]. */
export function iterativeForecastMse(model: EngineModel, ahead: SequenceData): number {
  const [n, T] = ahead.xShape;
  const steps = ahead.yShape[1];
  const seq = new Float32Array(n * (T + steps));
  for (let i = 0; i < n; i++) seq.set(ahead.x.subarray(i * T, (i + 1) * T), i * (T + steps));
  for (let k = 0; k < steps; k++) {
    const len = T + k;
    const inputs = new Float32Array(n * len);
    for (let i = 0; i < n; i++)
      inputs.set(seq.subarray(i * (T + steps), i * (T + steps) + len), i * len);
    const next = tf.tidy(() => model.predict(tf.tensor(inputs, [n, len, 1])).dataSync());
    for (let i = 0; i < n; i++) seq[i * (T + steps) + len] = next[i];
  }
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < steps; k++)
      s += (seq[i * (T + steps) + T + k] - ahead.y[i * steps + k]) ** 2;
  }
  return s / (n * steps);
}

/** MSE of the last time step's forecasts of a sequence-to-sequence model (Géron's metric). */
export function lastStepMse(model: EngineModel, data: SequenceData): number {
  const [n, T, H] = data.yShape;
  const pred = tf.tidy(() => model.predict(tf.tensor(data.x, data.xShape, 'float32')).dataSync());
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < H; k++) {
      const at = (i * T + T - 1) * H + k;
      s += (pred[at] - data.y[at]) ** 2;
    }
  }
  return s / (n * H);
}

/** The extra figures `npm run lab` prints for an experiment. */
export function extraFigures(
  e: Experiment,
  model: EngineModel,
  d: PreparedData,
): Record<string, number | string> {
  const extra: Record<string, number | string> = {};
  const valid = d.split.valid;
  if (d.charSet && e.model?.head.kind === 'everyStep') {
    const ids = argmaxIds(model, valid);
    const [n, T] = valid.xShape;
    extra.prediction =
      n === 1 ? decode(ids, d.charSet) : joinWindowPredictions(ids, n, T, d.charSet);
    extra.target =
      n === 1 ? decode(valid.y, d.charSet) : joinWindowPredictions(valid.y, n, T, d.charSet);
    const free = freeRunIds(model, valid);
    extra.freeRunAccuracy = idAccuracy(free, valid.y);
    if (n === 1) extra.freeRunPrediction = decode(free, d.charSet);
  }
  if (e.model?.decoder) {
    // Greedy decoding, as a reader of the output sees it (validation figures are teacher-forced).
    const ids = argmaxIds(model, valid);
    const [n, steps] = valid.yShape;
    let whole = 0;
    for (let i = 0; i < n; i++) {
      let ok = true;
      for (let t = 0; t < steps; t++) ok &&= ids[i * steps + t] === valid.y[i * steps + t];
      if (ok) whole++;
    }
    extra.greedyAccuracy = idAccuracy(ids, valid.y);
    extra.greedyExact = n ? whole / n : 0;
    if (d.tokens) {
      const show = (a: ArrayLike<number>, from: number, count: number) =>
        Array.from({ length: count }, (_, k) => d.tokens?.[a[from + k]] ?? '?').join('');
      const Tin = valid.xShape[1];
      extra.example = `${show(valid.x, 0, Tin)} → ${show(ids, 0, steps)}`;
    }
  }
  if (d.ahead) extra.aheadMse = iterativeForecastMse(model, d.ahead);
  if (e.model?.head.kind === 'everyStep' && e.model.input.kind === 'dense') {
    extra.valLastStepMse = lastStepMse(model, valid);
  }
  return extra;
}
