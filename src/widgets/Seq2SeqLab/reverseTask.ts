/**
 * A small sequence-to-sequence task: read L digits and an '=' sign, then write the digits in
 * reverse order. One recurrent stack reads during the first L + 1 steps (the encoder phase) and
 * writes during the last L (the decoder phase); blanks fill the steps where nothing is asked.
 */
import { createRng } from '../../engine/rng';
import type { DataSplit, ModelConfig, SequenceData, TrainConfig } from '../../engine/types';

/** Token ids: digits 0–9, then '=' (end of input) and '_' (blank). */
export const TOKENS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '=', '_'];
export const EQ = 10;
export const BLANK = 11;

/** Steps of one sample: L digits, '=', and L steps to write the answer in. */
export const stepsFor = (length: number) => 2 * length + 1;

/**
 * x: d1 … dL = _ … _ ; y: _ … _ dL … d1 _ (the answer starts at the '=' step, so the last step's
 * target is blank). Returns the data and the digit strings for display.
 */
export function reverseData(n: number, length: number, seed: number): SequenceData {
  const rng = createRng(seed);
  const T = stepsFor(length);
  const x = new Int32Array(n * T).fill(BLANK);
  const y = new Int32Array(n * T).fill(BLANK);
  for (let i = 0; i < n; i++) {
    const digits = Array.from({ length }, () => rng.int(10));
    digits.forEach((d, t) => (x[i * T + t] = d));
    x[i * T + length] = EQ;
    for (let j = 0; j < length; j++) y[i * T + length + j] = digits[length - 1 - j];
  }
  return { x, xShape: [n, T], y, yShape: [n, T] };
}

export function reverseSplit(length: number, seed: number): DataSplit {
  return {
    train: reverseData(3000, length, seed * 2 + 1),
    valid: reverseData(300, length, seed * 2 + 2),
  };
}

export function reverseModel(units: number, seed: number): ModelConfig {
  return {
    input: { kind: 'oneHot', vocabSize: TOKENS.length },
    timesteps: null,
    layers: [{ cell: 'lstm', units, returnSequences: true }],
    head: { kind: 'everyStep', units: TOKENS.length, activation: 'linear' },
    seed,
  };
}

export function reverseTrain(epochs: number, seed: number): TrainConfig {
  return {
    optimizer: 'adam',
    learningRate: 0.01,
    batchSize: 50,
    epochs,
    loss: 'softmaxCrossEntropy',
    metric: 'accuracy',
    clipNorm: 5,
    tbpttWindow: null,
    seed,
  };
}

/** Argmax ids of logits [n·T·V]. */
export function argmaxIds(values: ArrayLike<number>, V: number): number[] {
  const out: number[] = [];
  for (let r = 0; r * V < values.length; r++) {
    let best = 0;
    for (let i = 1; i < V; i++) if (values[r * V + i] > values[r * V + best]) best = i;
    out.push(best);
  }
  return out;
}

/**
 * Scores the answer steps only (the blanks of the reading phase are easy and would inflate the
 * accuracy): share of digits right, and share of whole answers right.
 */
export function scoreAnswers(
  predicted: readonly number[],
  data: SequenceData,
  samples: readonly number[],
  length: number,
): { digits: number; whole: number } {
  const T = stepsFor(length);
  let right = 0;
  let whole = 0;
  samples.forEach((s, k) => {
    let all = true;
    for (let j = 0; j < length; j++) {
      const t = length + j;
      const ok = predicted[k * T + t] === data.y[s * T + t];
      if (ok) right++;
      else all = false;
    }
    if (all) whole++;
  });
  const n = samples.length;
  return { digits: n ? right / (n * length) : 0, whole: n ? whole / n : 0 };
}
