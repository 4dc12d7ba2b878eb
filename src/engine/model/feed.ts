/**
 * Free running and scheduled sampling for models whose input at step t is the target of step t − 1
 * (a character or language model reading x(t) = y(t − 1)).
 *
 * Teacher forcing trains on the true previous targets. Free running feeds the model's own previous
 * prediction instead: x̃(0) = x(0), x̃(t) = argmax ŷ(t − 1) computed from x̃(0 … t − 1). Scheduled
 * sampling (Bengio et al. 2015, arXiv:1506.03099) flips a coin per sample and step and feeds the
 * prediction with probability p. The choice is an id, so no gradient flows through it: training
 * then runs the ordinary forward and backward pass on the chosen inputs.
 *
 * How the choices are made without a cell that can continue from a given state: the model is
 * causal (no bidirectional layer), so its outputs up to step t − 1 depend on the inputs up to
 * t − 1 only. Step t's input is fixed from a forward pass over the t steps already fixed, with the
 * same dropout masks as the training pass; T − 1 passes of growing length, O(T²) steps in all.
 */
import { createRng } from '../rng';
import type { ModelConfig } from '../types';
import type { Cell } from './cells/cell';
import { networkForward, type Batch, type NetworkArrays } from './network';

/** Mixed into the step's dropout seed for the coin flips, so the two streams stay apart. */
export const COIN_SALT = 0x2545f491;

/** The probability of feeding a prediction implied by a training configuration (0 = teacher forcing). */
export function feedProbability(options: {
  teacherForcing?: boolean;
  feedPrediction?: number;
}): number {
  if (options.feedPrediction !== undefined) return Math.min(1, Math.max(0, options.feedPrediction));
  return options.teacherForcing === false ? 1 : 0;
}

/**
 * Which (step, sample) inputs take the prediction, time-major [T·B]; step 0 never does (it has no
 * previous prediction). Coins are drawn for t = 1 … T − 1, b = 0 … B − 1 in that order.
 */
export function feedMask(T: number, B: number, p: number, coinSeed: number): Uint8Array {
  const mask = new Uint8Array(T * B);
  if (p <= 0) return mask;
  if (p >= 1) {
    mask.fill(1, B);
    return mask;
  }
  const rng = createRng(coinSeed);
  for (let r = B; r < T * B; r++) mask[r] = rng.next() < p ? 1 : 0;
  return mask;
}

/** Index of the largest of `count` values starting at `from` (the first one on ties). */
export function argmaxAt(a: Float64Array, from: number, count: number): number {
  let best = 0;
  for (let j = 1; j < count; j++) if (a[from + j] > a[from + best]) best = j;
  return best;
}

/**
 * The inputs a free-running (or scheduled-sampling) step trains on: `batch` with the masked ids
 * replaced by the model's argmax prediction of the previous step. `dropoutSeed` is the training
 * pass's, so each prefix pass draws the same masks; null runs without dropout.
 */
export function feedPredictions(
  config: ModelConfig,
  cells: Cell[],
  w: NetworkArrays,
  batch: Batch,
  mask: Uint8Array,
  dropoutSeed: number | null,
): Batch {
  const { T, B } = batch;
  if (!batch.ids) throw new Error('feeding predictions needs token-id inputs');
  const ids = batch.ids.slice();
  const U = config.head.units;
  for (let t = 1; t < T; t++) {
    let any = false;
    for (let b = 0; b < B && !any; b++) any = mask[t * B + b] === 1;
    if (!any) continue;
    // Time-major: the first t steps of every sample are the first t·B ids.
    const prefix: Batch = { T: t, B, x: null, ids: ids.subarray(0, t * B) };
    const rng = dropoutSeed === null ? null : createRng(dropoutSeed);
    const fwd = networkForward(config, cells, w, prefix, rng);
    for (let b = 0; b < B; b++) {
      if (mask[t * B + b] === 1) ids[t * B + b] = argmaxAt(fwd.logits, ((t - 1) * B + b) * U, U);
    }
  }
  return { T, B, x: null, ids };
}

/**
 * Why a model cannot feed its predictions back (null when it can): its inputs must be token ids
 * of the vocabulary its every-step head predicts, read left to right.
 */
export function freeRunningProblem(config: ModelConfig): string | null {
  if (config.decoder) return null;
  if (config.input.kind === 'dense') return 'denseInput';
  if (config.head.kind !== 'everyStep') return 'lastStepHead';
  if (config.head.units !== config.input.vocabSize) return 'vocabulary';
  if (config.layers.some((l) => l.bidirectional)) return 'bidirectional';
  return null;
}
