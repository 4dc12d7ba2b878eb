/**
 * The look-ahead task: at every step, name the symbol that comes k steps later. A model reading
 * left to right cannot know it (it has not been read yet); a bidirectional one has read it, from
 * the other end. The last k steps ask for the current symbol instead, so every step has a target.
 */
import { createRng } from '../../engine/rng';
import type { DataSplit, ModelConfig, SequenceData, TrainConfig } from '../../engine/types';

export const SYMBOLS = 4;
export const LENGTH = 12;

/** n sequences of LENGTH random symbols; y(t) = x(t + k), or x(t) in the last k steps. */
export function lookAhead(n: number, k: number, seed: number): SequenceData {
  const rng = createRng(seed);
  const x = new Int32Array(n * LENGTH);
  const y = new Int32Array(n * LENGTH);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < LENGTH; t++) x[i * LENGTH + t] = rng.int(SYMBOLS);
    for (let t = 0; t < LENGTH; t++) {
      const from = t + k < LENGTH ? t + k : t;
      y[i * LENGTH + t] = x[i * LENGTH + from];
    }
  }
  return { x, xShape: [n, LENGTH], y, yShape: [n, LENGTH] };
}

/**
 * The best accuracy a left-to-right reader can expect: on the LENGTH − k look-ahead steps it can
 * only guess (1 / SYMBOLS); on the last k it copies the current symbol.
 */
export function forwardCeiling(k: number): number {
  const ahead = Math.max(0, LENGTH - k);
  return (ahead / SYMBOLS + (LENGTH - ahead)) / LENGTH;
}

export function lookAheadSplit(k: number, seed: number): DataSplit {
  return { train: lookAhead(1000, k, seed * 2 + 1), valid: lookAhead(200, k, seed * 2 + 2) };
}

export function lookAheadModel(bidirectional: boolean, units: number, seed: number): ModelConfig {
  return {
    input: { kind: 'oneHot', vocabSize: SYMBOLS },
    timesteps: LENGTH,
    layers: [{ cell: 'simpleRnn', units, returnSequences: true, bidirectional }],
    head: { kind: 'everyStep', units: SYMBOLS, activation: 'linear' },
    seed,
  };
}

export function lookAheadTrain(epochs: number, seed: number): TrainConfig {
  return {
    optimizer: 'adam',
    learningRate: 0.02,
    batchSize: 32,
    epochs,
    loss: 'softmaxCrossEntropy',
    metric: 'accuracy',
    clipNorm: 5,
    tbpttWindow: null,
    seed,
  };
}
