/**
 * The course notes' synthetic series (`generate_time_series` in the notes): each series is the sum
 * of two sines with random frequencies and phase offsets plus uniform noise, sampled at `nSteps`
 * points of [0, 1]. Seeded, so every run, backend and machine sees the same 10,000 series.
 */
import { createRng, type Rng } from '../rng';
import type { DataSplit, SequenceData } from '../types';

/**
 * n series of nSteps values, row-major [n, nSteps]. Same recipe as the notes:
 * 0.5·sin((t − o₁)(10 f₁ + 10)) + 0.2·sin((t − o₂)(20 f₂ + 20)) + 0.1·(u − 0.5), f, o, u ~ U(0, 1).
 */
export function generateTimeSeries(n: number, nSteps: number, rng: Rng): Float32Array {
  const out = new Float32Array(n * nSteps);
  // numpy draws the four parameter arrays as one rand(4, n, 1) block: freq1 for every series, then
  // freq2, offsets1, offsets2. Drawing them in the same order keeps the recipe recognisable.
  const params = new Float64Array(4 * n);
  for (let i = 0; i < params.length; i++) params[i] = rng.next();
  for (let s = 0; s < n; s++) {
    const freq1 = params[s];
    const freq2 = params[n + s];
    const offset1 = params[2 * n + s];
    const offset2 = params[3 * n + s];
    for (let k = 0; k < nSteps; k++) {
      const time = nSteps === 1 ? 0 : k / (nSteps - 1);
      out[s * nSteps + k] =
        0.5 * Math.sin((time - offset1) * (freq1 * 10 + 10)) +
        0.2 * Math.sin((time - offset2) * (freq2 * 20 + 20));
    }
  }
  for (let i = 0; i < out.length; i++) out[i] += 0.1 * (rng.next() - 0.5);
  return out;
}

/**
 * What the model is asked to predict from the first `inputSteps` values:
 * - `next`: the following value, y [n, 1];
 * - `ahead`: the next `horizon` values at once (sequence-to-vector), y [n, horizon];
 * - `everyStep`: at every step t, the `horizon` values after t (sequence-to-sequence), y [n, T, horizon].
 */
export type SeriesTarget = 'next' | 'ahead' | 'everyStep';

export interface SeriesSplitOptions {
  target: SeriesTarget;
  seed: number;
  /** Input length T; the notes use 50. */
  inputSteps?: number;
  /** Values predicted ahead for `ahead` and `everyStep`; the notes use 10. */
  horizon?: number;
  /** Series in the train, validation and test sets; the notes use 7000 / 2000 / 1000. */
  sizes?: { train: number; valid: number; test: number };
}

export const NOTES_SPLIT = { train: 7000, valid: 2000, test: 1000 } as const;

/** The notes' data set: series → (X, Y) for the chosen target, split in order 7000/2000/1000. */
export function makeSeriesSplit(options: SeriesSplitOptions): DataSplit {
  const T = options.inputSteps ?? 50;
  const horizon = options.target === 'next' ? 1 : (options.horizon ?? 10);
  const sizes = options.sizes ?? NOTES_SPLIT;
  const total = sizes.train + sizes.valid + sizes.test;
  const length = T + horizon;
  const series = generateTimeSeries(total, length, createRng(options.seed));
  const slice = (from: number, count: number): SequenceData =>
    seriesToExamples(series, length, from, count, T, horizon, options.target);
  return {
    train: slice(0, sizes.train),
    valid: slice(sizes.train, sizes.valid),
    test: slice(sizes.train + sizes.valid, sizes.test),
  };
}

function seriesToExamples(
  series: Float32Array,
  length: number,
  from: number,
  count: number,
  T: number,
  horizon: number,
  target: SeriesTarget,
): SequenceData {
  const x = new Float32Array(count * T);
  const perExample = target === 'everyStep' ? T * horizon : horizon;
  const y = new Float32Array(count * perExample);
  for (let i = 0; i < count; i++) {
    const row = (from + i) * length;
    x.set(series.subarray(row, row + T), i * T);
    if (target === 'everyStep') {
      // Y[:, t, k−1] = series[:, t + k] for k = 1..horizon, as the notes build Y.
      for (let t = 0; t < T; t++) {
        for (let k = 1; k <= horizon; k++)
          y[i * perExample + t * horizon + k - 1] = series[row + t + k];
      }
    } else {
      y.set(series.subarray(row + T, row + T + horizon), i * perExample);
    }
  }
  const yShape = target === 'everyStep' ? [count, T, horizon] : [count, horizon];
  return { x, xShape: [count, T, 1], y, yShape };
}

/** Mean squared error between two equally long arrays. */
export function meanSquaredError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`length mismatch: ${a.length} vs ${b.length}`);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  return s / a.length;
}
