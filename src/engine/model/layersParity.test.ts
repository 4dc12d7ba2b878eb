/**
 * Same weights, same outputs as tf.layers (the Keras port) for SimpleRNN, LSTM and GRU
 * (reset_after=false, sigmoid recurrent activation), stacked, bidirectional, with and without
 * returnSequences, every head, every input kind. Cells tf.layers lacks are checked against the
 * autodiff reference in gradients.test.ts.
 */
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
// tf.layers calls chained tensor methods, which the bare core does not register.
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { countParams, layerInputWidths } from '../shapes';
import type { ModelConfig, RecurrentLayerConfig } from '../types';
import { createModel } from './index';
import { autodiffPredict } from './autodiff';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function recurrentLayer(l: RecurrentLayerConfig, inputShape?: number[]): tfl.layers.Layer {
  // Weights are overwritten with ours: skip tf.layers' slow orthogonal initialiser.
  const base = {
    units: l.units,
    returnSequences: l.returnSequences,
    kernelInitializer: 'zeros' as const,
    recurrentInitializer: 'zeros' as const,
  };
  const own = inputShape && !l.bidirectional ? { ...base, inputShape } : base;
  const cell =
    l.cell === 'lstm'
      ? tfl.layers.lstm({ ...own, recurrentActivation: 'sigmoid' })
      : l.cell === 'gru'
        ? tfl.layers.gru({ ...own, recurrentActivation: 'sigmoid' })
        : tfl.layers.simpleRNN(own);
  if (!l.bidirectional) return cell;
  return tfl.layers.bidirectional({
    layer: cell as tfl.RNN,
    mergeMode: 'concat',
    ...(inputShape ? { inputShape } : {}),
  });
}

/** The tf.layers model of a config (one-hot input is fed to it as dense one-hot rows). */
function kerasModel(config: ModelConfig): tfl.Sequential {
  const model = tfl.sequential();
  const T = config.timesteps as number;
  const widths = layerInputWidths(config);
  if (config.input.kind === 'embedding') {
    model.add(
      tfl.layers.embedding({
        inputDim: config.input.vocabSize,
        outputDim: config.input.dim,
        inputLength: T,
      }),
    );
  }
  config.layers.forEach((l, i) => {
    const first = i === 0 && config.input.kind !== 'embedding';
    model.add(recurrentLayer(l, first ? [T, widths[0]] : undefined));
  });
  const dense = tfl.layers.dense({ units: config.head.units, activation: config.head.activation });
  model.add(
    config.head.kind === 'everyStep' ? tfl.layers.timeDistributed({ layer: dense }) : dense,
  );
  return model;
}

function inputsFor(
  config: ModelConfig,
  n: number,
  seed: number,
): { ours: tf.Tensor; keras: tf.Tensor } {
  const T = config.timesteps as number;
  let s = seed;
  const rand = (): number => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  if (config.input.kind === 'dense') {
    const x = tf.tensor3d(
      Array.from({ length: n * T * config.input.features }, () => 2 * rand() - 1),
      [n, T, config.input.features],
    );
    return { ours: x, keras: x };
  }
  const vocab = config.input.vocabSize;
  const ids = Array.from({ length: n * T }, () => Math.floor(rand() * vocab));
  const x = tf.tensor2d(ids, [n, T], 'int32');
  if (config.input.kind === 'embedding') return { ours: x, keras: tf.cast(x, 'float32') };
  return { ours: x, keras: tf.reshape(tf.oneHot(tf.tensor1d(ids, 'int32'), vocab), [n, T, vocab]) };
}

const dense = (features: number): ModelConfig['input'] => ({ kind: 'dense', features });

const CASES: { name: string; config: ModelConfig }[] = [
  {
    name: 'SimpleRNN(3) on (2, 10), last step',
    config: {
      input: dense(10),
      timesteps: 2,
      layers: [{ cell: 'simpleRnn', units: 3, returnSequences: false }],
      head: { kind: 'last', units: 1, activation: 'linear' },
      seed: 1,
    },
  },
  {
    name: 'LSTM 5-4 stacked, every step, softmax',
    config: {
      input: dense(3),
      timesteps: 6,
      layers: [
        { cell: 'lstm', units: 5, returnSequences: true },
        { cell: 'lstm', units: 4, returnSequences: true },
      ],
      head: { kind: 'everyStep', units: 3, activation: 'softmax' },
      seed: 2,
    },
  },
  {
    name: 'GRU(reset before) 4 then SimpleRNN 3, sigmoid head',
    config: {
      input: dense(2),
      timesteps: 5,
      layers: [
        { cell: 'gru', units: 4, returnSequences: true },
        { cell: 'simpleRnn', units: 3, returnSequences: false },
      ],
      head: { kind: 'last', units: 2, activation: 'sigmoid' },
      seed: 3,
    },
  },
  {
    name: 'bidirectional LSTM (sequence) then bidirectional GRU (last)',
    config: {
      input: dense(2),
      timesteps: 4,
      layers: [
        { cell: 'lstm', units: 3, returnSequences: true, bidirectional: true },
        { cell: 'gru', units: 2, returnSequences: false, bidirectional: true },
      ],
      head: { kind: 'last', units: 1, activation: 'linear' },
      seed: 4,
    },
  },
  {
    name: 'embedding + bidirectional SimpleRNN, every step',
    config: {
      input: { kind: 'embedding', vocabSize: 7, dim: 3 },
      timesteps: 5,
      layers: [{ cell: 'simpleRnn', units: 4, returnSequences: true, bidirectional: true }],
      head: { kind: 'everyStep', units: 7, activation: 'softmax' },
      seed: 5,
    },
  },
  {
    name: 'one-hot + GRU, last step',
    config: {
      input: { kind: 'oneHot', vocabSize: 6 },
      timesteps: 4,
      layers: [{ cell: 'gru', units: 5, returnSequences: false }],
      head: { kind: 'last', units: 6, activation: 'softmax' },
      seed: 6,
    },
  },
];

describe('outputs equal tf.layers with the same weights', () => {
  for (const { name, config } of CASES) {
    it(name, () => {
      const model = createModel(config);
      const keras = kerasModel(config);
      expect(model.paramCount()).toBe(keras.countParams());
      expect(countParams(config)).toBe(keras.countParams());
      const snap = model.getWeights();
      keras.setWeights(Object.values(snap).map((w) => tf.tensor(w.values, w.shape)));
      const { ours, keras: kx } = inputsFor(config, 3, 17);
      const a = model.predict(ours);
      const b = keras.predict(kx) as tf.Tensor;
      expect(a.shape).toEqual(b.shape);
      const diff = tf.max(tf.abs(tf.sub(a, b))).dataSync()[0];
      expect(diff).toBeLessThan(1e-5);
      // The autodiff reference agrees as well.
      const c = autodiffPredict(config, snap, ours);
      expect(tf.max(tf.abs(tf.sub(a, c))).dataSync()[0]).toBeLessThan(1e-5);
      keras.dispose();
      model.dispose();
    });
  }
});
