/**
 * Two small tasks whose answer depends on inputs far back in the sequence, for the lessons on the
 * long-term dependency problem (S7.2) and on LSTM (S8): a plain RNN's gradient fades over the gap,
 * an LSTM's cell state carries it.
 */
import { createRng } from '../rng';
import type { SequenceData } from '../types';

export interface RecallOptions {
  n: number;
  /** Sequence length T: the symbol to recall is at t = 0, followed by T − 1 noise symbols. */
  length: number;
  /** Number of symbols to recall, K ≥ 2 (ids 0 … K−1). */
  symbols: number;
  /** Number of distinct noise symbols (ids K … K+noise−1). */
  noise: number;
  seed: number;
}

/**
 * "Remember the first symbol": x [n, T] token ids, y [n] the class id of x[:, 0].
 * Vocabulary size K + noise; chance accuracy is 1/K.
 */
export function distantRecall(o: RecallOptions): SequenceData {
  const rng = createRng(o.seed);
  const x = new Int32Array(o.n * o.length);
  const y = new Int32Array(o.n);
  for (let i = 0; i < o.n; i++) {
    const symbol = rng.int(o.symbols);
    y[i] = symbol;
    x[i * o.length] = symbol;
    for (let t = 1; t < o.length; t++) x[i * o.length + t] = o.symbols + rng.int(o.noise);
  }
  return { x, xShape: [o.n, o.length], y, yShape: [o.n] };
}

export interface AddingOptions {
  n: number;
  length: number;
  seed: number;
}

/**
 * The adding problem (Hochreiter & Schmidhuber 1997): two features per step, a value u ~ U(0, 1) and
 * a marker; exactly two steps are marked, one in the first half and one in the second; the target
 * is the sum of the two marked values. x [n, T, 2], y [n, 1]. Always answering 1 gives MSE ≈ 1/6.
 */
export function addingProblem(o: AddingOptions): SequenceData {
  const rng = createRng(o.seed);
  const x = new Float32Array(o.n * o.length * 2);
  const y = new Float32Array(o.n);
  const half = Math.max(1, Math.floor(o.length / 2));
  for (let i = 0; i < o.n; i++) {
    const base = i * o.length * 2;
    for (let t = 0; t < o.length; t++) x[base + 2 * t] = rng.next();
    const first = rng.int(half);
    const second = half + rng.int(o.length - half);
    x[base + 2 * first + 1] = 1;
    x[base + 2 * second + 1] = 1;
    y[i] = x[base + 2 * first] + x[base + 2 * second];
  }
  return { x, xShape: [o.n, o.length, 2], y, yShape: [o.n, 1] };
}
