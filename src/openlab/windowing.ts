/**
 * One long series (a shipped data set or a student's CSV column) cut into examples: windows of T
 * inputs and the `horizon` values after them (or, for a head that reads every step, the `horizon`
 * values after every step, as the notes build Y for sequence-to-sequence). Validation takes the
 * last windows in time, after a gap so that no value is a target in both parts. Values are
 * standardised with the training part's mean and SD, so a series in the hundreds trains like one
 * near zero. Never throws: a series too short for the windows gives a message.
 */
import type { DataSplit, EngineMessage, SequenceData } from '../engine/types';

export interface WindowOptions {
  timesteps: number;
  horizon: number;
  target: 'last' | 'everyStep';
  /** Share of the windows held out for validation, 0 < f < 1. */
  validFraction: number;
}

export type WindowResult =
  | { ok: true; split: DataSplit; normalization: { mean: number; std: number } }
  | { ok: false; message: EngineMessage };

/** Windows that fit in a series of `length` values: every start with T inputs and h targets. */
export function windowCount(length: number, timesteps: number, horizon: number): number {
  return Math.max(0, length - timesteps - horizon + 1);
}

/** Where the parts begin and how many windows each holds; null when the series is too short. */
export function splitPlan(
  length: number,
  o: WindowOptions,
): { nTrain: number; validStart: number; nValid: number } | null {
  const windows = windowCount(length, o.timesteps, o.horizon);
  const gap = o.horizon - 1;
  const nValid = Math.max(1, Math.round(windows * o.validFraction));
  const nTrain = windows - gap - nValid;
  if (nTrain < 1) return null;
  return { nTrain, validStart: nTrain + gap, nValid };
}

function windows(
  z: Float64Array,
  start: number,
  count: number,
  T: number,
  h: number,
  target: WindowOptions['target'],
): SequenceData {
  const x = new Float32Array(count * T);
  const perExample = target === 'everyStep' ? T * h : h;
  const y = new Float32Array(count * perExample);
  for (let i = 0; i < count; i++) {
    const s = start + i;
    for (let t = 0; t < T; t++) x[i * T + t] = z[s + t];
    if (target === 'everyStep') {
      // Y[i, t, k − 1] = series[s + t + k], k = 1 … h.
      for (let t = 0; t < T; t++)
        for (let k = 1; k <= h; k++) y[i * perExample + t * h + k - 1] = z[s + t + k];
    } else {
      for (let k = 0; k < h; k++) y[i * perExample + k] = z[s + T + k];
    }
  }
  const yShape = target === 'everyStep' ? [count, T, h] : [count, h];
  return { x, xShape: [count, T, 1], y, yShape };
}

/** The series as (inputs, targets) examples, split in time, standardised. */
export function windowSeries(values: ArrayLike<number>, o: WindowOptions): WindowResult {
  const n = values.length;
  const T = o.timesteps;
  const h = o.horizon;
  const plan = splitPlan(n, o);
  if (!plan) {
    // The shortest series that leaves a training and a validation window after the gap.
    let needed = T + 2 * h;
    while (!splitPlan(needed, o) && needed < T + 2 * h + 10_000) needed++;
    return {
      ok: false,
      message: {
        code: 'series.tooShort',
        severity: 'error',
        params: { length: n, timesteps: T, horizon: h, needed },
      },
    };
  }
  // Statistics from the values the training windows read or predict, so nothing about the
  // validation targets leaks into the scaling.
  const seen = plan.nTrain + T + h - 1;
  let mean = 0;
  for (let i = 0; i < seen; i++) mean += values[i];
  mean /= seen;
  let variance = 0;
  for (let i = 0; i < seen; i++) variance += (values[i] - mean) ** 2;
  const sd = Math.sqrt(variance / seen);
  const std = sd > 1e-12 ? sd : 1;
  const z = Float64Array.from({ length: n }, (_, i) => (values[i] - mean) / std);
  return {
    ok: true,
    split: {
      train: windows(z, 0, plan.nTrain, T, h, o.target),
      valid: windows(z, plan.validStart, plan.nValid, T, h, o.target),
    },
    normalization: { mean, std },
  };
}
