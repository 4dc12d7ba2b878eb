/**
 * Small models of every kind the engine builds (each cell, stacked, bidirectional, embedding and
 * one-hot inputs, every loss), with random data for them: shared by the tests that hold the
 * engine's passes against references.
 */
import { createRng } from '../rng';
import type { LossKind, ModelConfig } from '../types';
import type { ArrayData } from './batch';

/** Random inputs and targets for a config: n samples of T steps. */
export function data(
  config: ModelConfig,
  loss: LossKind,
  n: number,
  T: number,
  seed: number,
): { x: ArrayData; y: ArrayData } {
  const rng = createRng(seed);
  const U = config.head.units;
  const steps = config.head.kind === 'everyStep' ? T : 1;
  const seqShape = config.head.kind === 'everyStep' ? [n, T] : [n];
  let x: ArrayData;
  if (config.input.kind === 'dense') {
    const d = config.input.features;
    x = {
      values: Float32Array.from({ length: n * T * d }, () => 2 * rng.next() - 1),
      shape: [n, T, d],
    };
  } else {
    const v = config.input.vocabSize;
    x = { values: Int32Array.from({ length: n * T }, () => rng.int(v)), shape: [n, T] };
  }
  let y: ArrayData;
  if (loss === 'softmaxCrossEntropy') {
    y = { values: Int32Array.from({ length: n * steps }, () => rng.int(U)), shape: seqShape };
  } else if (loss === 'binaryCrossEntropy') {
    y = {
      values: Float32Array.from({ length: n * steps * U }, () => (rng.next() < 0.5 ? 0 : 1)),
      shape: [...seqShape, U],
    };
  } else {
    y = {
      values: Float32Array.from({ length: n * steps * U }, () => rng.next()),
      shape: [...seqShape, U],
    };
  }
  return { x, y };
}

export const base = (
  layers: ModelConfig['layers'],
  head: ModelConfig['head'],
  input: ModelConfig['input'] = { kind: 'dense', features: 2 },
): ModelConfig => ({
  input,
  timesteps: 5,
  layers,
  head,
  seed: 11,
});

export const last = (
  units: number,
  activation: ModelConfig['head']['activation'],
): ModelConfig['head'] => ({ kind: 'last', units, activation });
export const every = (
  units: number,
  activation: ModelConfig['head']['activation'],
): ModelConfig['head'] => ({ kind: 'everyStep', units, activation });

export const CASES: { name: string; config: ModelConfig; loss: LossKind }[] = [
  {
    name: 'SimpleRNN, mse',
    config: base([{ cell: 'simpleRnn', units: 3, returnSequences: false }], last(2, 'linear')),
    loss: 'mse',
  },
  {
    name: 'LSTM, mse through sigmoid',
    config: base([{ cell: 'lstm', units: 3, returnSequences: false }], last(2, 'sigmoid')),
    loss: 'mse',
  },
  {
    name: 'GRU reset before, softmax CE',
    config: base([{ cell: 'gru', units: 3, returnSequences: false }], last(3, 'softmax')),
    loss: 'softmaxCrossEntropy',
  },
  {
    name: 'GRU reset after, BCE',
    config: base(
      [{ cell: 'gru', units: 3, returnSequences: false, gruResetAfter: true }],
      last(2, 'sigmoid'),
    ),
    loss: 'binaryCrossEntropy',
  },
  {
    name: 'LN SimpleRNN, mse through softmax',
    config: base([{ cell: 'lnSimpleRnn', units: 4, returnSequences: false }], last(3, 'softmax')),
    loss: 'mse',
  },
  {
    name: 'stacked LSTM-GRU every step, softmax CE on logits',
    config: base(
      [
        { cell: 'lstm', units: 3, returnSequences: true },
        { cell: 'gru', units: 3, returnSequences: true, gruResetAfter: true },
      ],
      every(3, 'linear'),
    ),
    loss: 'softmaxCrossEntropy',
  },
  {
    name: 'bidirectional GRU then bidirectional LSTM, BCE on logits',
    config: base(
      [
        { cell: 'gru', units: 2, returnSequences: true, bidirectional: true },
        { cell: 'lstm', units: 2, returnSequences: false, bidirectional: true },
      ],
      last(1, 'linear'),
    ),
    loss: 'binaryCrossEntropy',
  },
  {
    name: 'embedding + bidirectional LN SimpleRNN, every step, softmax CE',
    config: base(
      [{ cell: 'lnSimpleRnn', units: 3, returnSequences: true, bidirectional: true }],
      every(5, 'softmax'),
      { kind: 'embedding', vocabSize: 5, dim: 3 },
    ),
    loss: 'softmaxCrossEntropy',
  },
  {
    name: 'one-hot + SimpleRNN + LSTM, mse',
    config: base(
      [
        { cell: 'simpleRnn', units: 3, returnSequences: true },
        { cell: 'lstm', units: 2, returnSequences: false },
      ],
      last(2, 'linear'),
      { kind: 'oneHot', vocabSize: 4 },
    ),
    loss: 'mse',
  },
];
