/**
 * Shape and parameter arithmetic against the notes' numbers (SimpleRNN(3) on (2, 10): 42
 * parameters, output (None, 3) or (None, 2, 3)), Keras's published counts for the other cells,
 * and tf.layers' countParams().
 */
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { configErrors, countParams, predictionShape, summarize, weightSpecs } from './shapes';
import type { CellKind, ModelConfig } from './types';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function oneLayer(
  cell: CellKind,
  returnSequences: boolean,
  extra: Partial<ModelConfig['layers'][0]> = {},
): ModelConfig {
  return {
    input: { kind: 'dense', features: 10 },
    timesteps: 2,
    layers: [{ cell, units: 3, returnSequences, ...extra }],
    head: { kind: returnSequences ? 'everyStep' : 'last', units: 1, activation: 'linear' },
    seed: 0,
  };
}

describe('the notes: SimpleRNN(3) on input (2, 10)', () => {
  it('has 42 parameters and output (null, 3)', () => {
    const rows = summarize(oneLayer('simpleRnn', false));
    expect(rows[0]).toEqual({
      name: 'simple_rnn',
      kind: 'SimpleRNN',
      outputShape: [null, 3],
      params: 42,
    });
  });
  it('returns (null, 2, 3) with returnSequences', () => {
    expect(summarize(oneLayer('simpleRnn', true))[0].outputShape).toEqual([null, 2, 3]);
  });
  it('LSTM has 4×, GRU 3×, GRU reset_after 3·3·(10 + 3 + 2), LN adds γ and β', () => {
    expect(summarize(oneLayer('lstm', false))[0].params).toBe(168);
    expect(summarize(oneLayer('gru', false))[0].params).toBe(126);
    expect(summarize(oneLayer('gru', false, { gruResetAfter: true }))[0].params).toBe(135);
    expect(summarize(oneLayer('lnSimpleRnn', false))[0].params).toBe(42 + 6);
    expect(summarize(oneLayer('simpleRnn', false, { bidirectional: true }))[0]).toMatchObject({
      kind: 'Bidirectional',
      outputShape: [null, 6],
      params: 84,
    });
  });
  it('unknown length shows null for time; heads follow', () => {
    const config = { ...oneLayer('lstm', true), timesteps: null };
    const rows = summarize(config);
    expect(rows[0].outputShape).toEqual([null, null, 3]);
    expect(rows[1]).toMatchObject({
      kind: 'TimeDistributed',
      outputShape: [null, null, 1],
      params: 4,
    });
    expect(predictionShape(config, 5, 7)).toEqual([5, 7, 1]);
  });
});

const tflCases: { name: string; config: ModelConfig; build: () => tfl.Sequential }[] = [
  {
    name: 'embedding + LSTM 8 + GRU 4 + dense 5',
    config: {
      input: { kind: 'embedding', vocabSize: 30, dim: 6 },
      timesteps: 7,
      layers: [
        { cell: 'lstm', units: 8, returnSequences: true },
        { cell: 'gru', units: 4, returnSequences: false },
      ],
      head: { kind: 'last', units: 5, activation: 'softmax' },
      seed: 0,
    },
    build: () =>
      tfl.sequential({
        layers: [
          tfl.layers.embedding({ inputDim: 30, outputDim: 6, inputLength: 7 }),
          tfl.layers.lstm({ units: 8, returnSequences: true, recurrentInitializer: 'zeros' }),
          tfl.layers.gru({ units: 4, recurrentInitializer: 'zeros' }),
          tfl.layers.dense({ units: 5 }),
        ],
      }),
  },
  {
    name: 'bidirectional SimpleRNN 5 + time-distributed dense 2',
    config: {
      input: { kind: 'dense', features: 3 },
      timesteps: 4,
      layers: [{ cell: 'simpleRnn', units: 5, returnSequences: true, bidirectional: true }],
      head: { kind: 'everyStep', units: 2, activation: 'linear' },
      seed: 0,
    },
    build: () =>
      tfl.sequential({
        layers: [
          tfl.layers.bidirectional({
            layer: tfl.layers.simpleRNN({
              units: 5,
              returnSequences: true,
              recurrentInitializer: 'zeros',
            }) as tfl.RNN,
            inputShape: [4, 3],
          }),
          tfl.layers.timeDistributed({ layer: tfl.layers.dense({ units: 2 }) }),
        ],
      }),
  },
];

describe('parameter counts equal tf.layers countParams()', () => {
  for (const { name, config, build } of tflCases) {
    it(name, () => {
      const model = build();
      expect(countParams(config)).toBe(model.countParams());
      const ours = summarize(config).map((r) => r.params);
      const theirs = model.layers.map((l) => l.countParams());
      expect(ours).toEqual(theirs);
      const sizes = weightSpecs(config).map((s) => s.shape);
      expect(sizes).toEqual(model.getWeights().map((w) => w.shape));
      model.dispose();
    });
  }
});

describe('configErrors', () => {
  it('accepts a valid config and names what is wrong with others', () => {
    expect(configErrors(oneLayer('lstm', false))).toEqual([]);
    const stacked: ModelConfig = {
      ...oneLayer('lstm', false),
      layers: [
        { cell: 'lstm', units: 3, returnSequences: false },
        { cell: 'gru', units: 3, returnSequences: false },
      ],
      head: { kind: 'everyStep', units: 1, activation: 'linear' },
    };
    expect(configErrors(stacked)).toEqual([
      'model.layer0.returnSequences',
      'model.head.needsSequence',
    ]);
  });
});
