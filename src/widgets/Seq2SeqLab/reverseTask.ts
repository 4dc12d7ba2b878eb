/**
 * The lab's side of the digit-reversal task: the engine's encoder–decoder (engine/experiments/
 * seq2seq.ts) on strings of L digits, and the scoring of its greedy answers.
 */
import {
  REVERSE_TOKENS,
  reversalModel,
  reversalSplit,
  reversalTrain,
} from '../../engine/experiments/seq2seq';
import type { DataSplit, SequenceData } from '../../engine/types';

export { REVERSE_TOKENS as TOKENS, reversalModel as reverseModel, reversalTrain as reverseTrain };

/** Smaller than the registry's run (4,000 strings), so an epoch takes seconds in a browser. */
export function reverseSplit(length: number, seed: number): DataSplit {
  return reversalSplit(length, seed, { train: 2000, valid: 300 });
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
 * Greedy answers `predicted` ([samples.length, L] ids) against the targets of `samples`: share of
 * digits right, and share of whole answers right.
 */
export function scoreAnswers(
  predicted: readonly number[],
  data: SequenceData,
  samples: readonly number[],
): { digits: number; whole: number } {
  const L = data.yShape[1];
  let right = 0;
  let whole = 0;
  samples.forEach((s, k) => {
    let all = true;
    for (let t = 0; t < L; t++) {
      if (predicted[k * L + t] === data.y[s * L + t]) right++;
      else all = false;
    }
    if (all) whole++;
  });
  const n = samples.length;
  return { digits: n ? right / (n * L) : 0, whole: n ? whole / n : 0 };
}
