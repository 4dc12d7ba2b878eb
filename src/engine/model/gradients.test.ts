/**
 * The hand-written backward pass against two references that share no code with it:
 * central finite differences of the loss in float64, and tfjs autodiff (tf.grads) over the
 * unrolled forward pass written with tfjs ops (autodiff.ts), which also checks truncated BPTT.
 */
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import type { LossKind, ModelConfig } from '../types';
import type { ArrayData } from './batch';
import { autodiffGradients, autodiffPredict } from './autodiff';
import { createModel, type RecurrentModel } from './model';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Random inputs and targets for a config: n samples of T steps. */
function data(
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

function lossOf(
  model: RecurrentModel,
  x: ArrayData,
  y: ArrayData,
  loss: LossKind,
  dropoutSeed: number | null,
): number {
  return model.computeGradients(x, y, loss, 'mse', null, dropoutSeed).loss;
}

/** Largest relative error between analytic and central-difference gradients over sampled entries. */
function finiteDifferenceError(
  model: RecurrentModel,
  x: ArrayData,
  y: ArrayData,
  loss: LossKind,
  dropoutSeed: number | null = null,
): number {
  model.computeGradients(x, y, loss, 'mse', null, dropoutSeed);
  const analytic = model.gradients().map((g) => g.slice());
  const weights = model.weightArrays();
  const eps = 1e-5;
  let worst = 0;
  weights.forEach((w, k) => {
    const picks = new Set<number>();
    const rng = createRng(k + 1);
    while (picks.size < Math.min(w.length, 8)) picks.add(rng.int(w.length));
    for (const i of picks) {
      const keep = w[i];
      w[i] = keep + eps;
      const up = lossOf(model, x, y, loss, dropoutSeed);
      w[i] = keep - eps;
      const down = lossOf(model, x, y, loss, dropoutSeed);
      w[i] = keep;
      const fd = (up - down) / (2 * eps);
      const a = analytic[k][i];
      const err = Math.abs(fd - a) / Math.max(Math.abs(fd), Math.abs(a), 1e-6);
      worst = Math.max(worst, err);
    }
  });
  return worst;
}

const base = (
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

const last = (
  units: number,
  activation: ModelConfig['head']['activation'],
): ModelConfig['head'] => ({ kind: 'last', units, activation });
const every = (
  units: number,
  activation: ModelConfig['head']['activation'],
): ModelConfig['head'] => ({ kind: 'everyStep', units, activation });

const CASES: { name: string; config: ModelConfig; loss: LossKind }[] = [
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

describe('hand-written gradients', () => {
  for (const { name, config, loss } of CASES) {
    it(`${name}: equal central finite differences (float64)`, () => {
      const model = createModel(config);
      const { x, y } = data(config, loss, 3, 5, 5);
      expect(finiteDifferenceError(model, x, y, loss)).toBeLessThan(1e-3);
    });
  }

  it('with input dropout: equal finite differences under the same masks', () => {
    const config = base(
      [
        { cell: 'lstm', units: 3, returnSequences: true, dropout: 0.3, bidirectional: true },
        { cell: 'gru', units: 3, returnSequences: false, dropout: 0.3 },
      ],
      last(2, 'linear'),
    );
    const model = createModel(config);
    const { x, y } = data(config, 'mse', 4, 5, 6);
    expect(finiteDifferenceError(model, x, y, 'mse', 99)).toBeLessThan(1e-3);
    // The masks matter: training-mode loss differs from inference-mode loss.
    expect(lossOf(model, x, y, 'mse', 99)).not.toBeCloseTo(lossOf(model, x, y, 'mse', null), 6);
  });

  const AUTODIFF: { name: string; config: ModelConfig; loss: LossKind; window: number | null }[] = [
    { ...CASES[1], window: null },
    { ...CASES[3], window: 2 },
    { ...CASES[5], window: 2 },
    { ...CASES[6], window: 3 },
    { ...CASES[7], window: null },
    {
      name: 'SimpleRNN every step, window 1',
      config: base([{ cell: 'simpleRnn', units: 3, returnSequences: true }], every(1, 'linear')),
      loss: 'mse',
      window: 1,
    },
  ];
  for (const { name, config, loss, window } of AUTODIFF) {
    it(`${name}, tbptt ${window ?? 'off'}: equal tfjs autodiff`, () => {
      const model = createModel(config);
      const { x, y } = data(config, loss, 3, 5, 8);
      const res = model.computeGradients(x, y, loss, 'mse', window, null);
      const xt = tf.tensor(
        x.values as Float32Array,
        x.shape,
        config.input.kind === 'dense' ? 'float32' : 'int32',
      );
      const yt = tf.tensor(
        y.values as Float32Array,
        y.shape,
        loss === 'softmaxCrossEntropy' ? 'int32' : 'float32',
      );
      const ref = autodiffGradients(config, model.getWeights(), xt, yt, loss, window);
      expect(res.loss).toBeCloseTo(ref.loss, 5);
      model.specs.forEach((s, k) => {
        const a = model.gradients()[k];
        const b = ref.grads[s.name];
        let diff = 0;
        let scale = 1e-6;
        for (let i = 0; i < a.length; i++) {
          diff = Math.max(diff, Math.abs(a[i] - b[i]));
          scale = Math.max(scale, Math.abs(b[i]));
        }
        expect(diff / scale, s.name).toBeLessThan(1e-4);
      });
      xt.dispose();
      yt.dispose();
    });
  }

  it('truncation changes the gradient (the cut is real) but not the loss', () => {
    const config = CASES[0].config;
    const model = createModel(config);
    const { x, y } = data(config, 'mse', 2, 5, 9);
    const full = model.computeGradients(x, y, 'mse', 'mse', null, null);
    const gFull = model.gradients().map((g) => g.slice());
    const cut = model.computeGradients(x, y, 'mse', 'mse', 2, null);
    expect(cut.loss).toBe(full.loss);
    const k = model.specs.findIndex((s) => s.role === 'kernel');
    expect(Math.abs(model.gradients()[k][0] - gFull[k][0])).toBeGreaterThan(1e-9);
  });

  it('LN SimpleRNN and GRU reset_after forward equal the autodiff reference', () => {
    for (const config of [CASES[3].config, CASES[4].config, CASES[7].config]) {
      const model = createModel(config);
      const { x } = data(config, 'mse', 3, 5, 10);
      const xt = tf.tensor(
        x.values as Float32Array,
        x.shape,
        config.input.kind === 'dense' ? 'float32' : 'int32',
      );
      const a = model.predict(xt);
      const b = autodiffPredict(config, model.getWeights(), xt);
      expect(tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]).toBeLessThan(1e-5);
      tf.dispose([xt, a, b]);
    }
  });
});
