/**
 * The long-term dependency experiment as plain data: "remember the first symbol" (one of four) at
 * the end of a sequence of length T, for a sweep of distances T. Each run is a custom CreateSpec
 * for the training worker, so the page never imports tfjs. Pure: tested in Node.
 *
 * Unlike the engine's `distantRecall`, the gap here is drawn from the whole vocabulary, the four
 * answer symbols included. With distinct gap symbols a SimpleRNN learns to ignore the gap and holds
 * its state for 40 steps (measured: 99.8 % after 5 epochs); with look-alike distractors it has to
 * latch on the first step and shield that memory from later inputs, and the fading gradient shows.
 */
import { createRng } from '../../engine/rng';
import type { SequenceData } from '../../engine/types';
import type { CellKind, ModelConfig, TrainConfig } from '../../engine/types';
import type { CreateSpec } from '../../worker/protocol';

/** Symbols to recall (the classes) and distinct noise symbols that fill the gap. */
export const SYMBOLS = 4;
export const NOISE = 6;
/** Accuracy of guessing: one class in SYMBOLS. */
export const CHANCE = 1 / SYMBOLS;
/** Distances swept, from one the plain RNN bridges easily to ones it cannot. */
export const DISTANCES = [5, 10, 20, 40, 80] as const;
export const TRAIN_SIZE = 1000;
export const VALID_SIZE = 400;
export const UNITS = 16;

export type RecallCell = Extract<CellKind, 'simpleRnn' | 'lstm'>;

/** Model for sequences of `length` symbols: one recurrent layer, softmax over the 4 classes. */
export function recallModel(cell: RecallCell, length: number, seed: number): ModelConfig {
  return {
    input: { kind: 'oneHot', vocabSize: SYMBOLS + NOISE },
    timesteps: length,
    layers: [{ cell, units: UNITS, returnSequences: false }],
    head: { kind: 'last', units: SYMBOLS, activation: 'softmax' },
    seed,
  };
}

/** Adam with clipping, as the registry's recall experiments: clipping rules out exploding steps,
 * so a failure here is the gradient fading, not blowing up. */
export function recallTrain(epochs: number, seed: number): TrainConfig {
  return {
    optimizer: 'adam',
    learningRate: 0.01,
    batchSize: 32,
    epochs,
    loss: 'softmaxCrossEntropy',
    metric: 'accuracy',
    clipNorm: 1,
    tbpttWindow: null,
    seed,
  };
}

/**
 * n sequences of `length` token ids: x[:, 0] is the answer (0 … SYMBOLS−1), x[:, 1:] uniform over
 * all SYMBOLS + NOISE ids. y [n] is the answer's class.
 */
export function firstSymbolTask(n: number, length: number, seed: number): SequenceData {
  const rng = createRng(seed);
  const x = new Int32Array(n * length);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const answer = rng.int(SYMBOLS);
    y[i] = answer;
    x[i * length] = answer;
    for (let t = 1; t < length; t++) x[i * length + t] = rng.int(SYMBOLS + NOISE);
  }
  return { x, xShape: [n, length], y, yShape: [n] };
}

/** One run of the sweep: the data are regenerated from the seed, so a link reproduces them. */
export function recallSpec(
  cell: RecallCell,
  length: number,
  epochs: number,
  seed: number,
): CreateSpec {
  return {
    model: recallModel(cell, length, seed),
    train: recallTrain(epochs, seed),
    data: {
      train: firstSymbolTask(TRAIN_SIZE, length, 2 * seed + 1),
      valid: firstSymbolTask(VALID_SIZE, length, 2 * seed + 2),
    },
  };
}

/** Verdict for an accuracy: clearly above chance (learned), or not distinguishable from guessing. */
export function verdict(accuracy: number, n = VALID_SIZE): 'learned' | 'chance' {
  // Guessing gives a binomial count: 3 standard deviations above chance is not luck.
  const sd = Math.sqrt((CHANCE * (1 - CHANCE)) / n);
  return accuracy > CHANCE + 3 * sd ? 'learned' : 'chance';
}
