/**
 * The tfjs-kernel path (tensorNetwork.ts, what runs on WebGL) against the hand-written passes,
 * which gradients.test.ts holds against finite differences and an independent autodiff model:
 * same weights, same batch, same dropout masks and truncation, float32 against float64.
 */
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LossKind, ModelConfig } from '../types';
import type { ArrayData } from './batch';
import { base, CASES, data, every, last } from './cases.test-helper';
import { activeComputePath, createModel, setComputePath, type RecurrentModel } from './model';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

afterEach(() => setComputePath('auto'));

interface Step {
  loss: number;
  metric: number;
  grads: Float64Array[];
}

function step(
  path: 'arrays' | 'tensors',
  model: RecurrentModel,
  x: ArrayData,
  y: ArrayData,
  loss: LossKind,
  window: number | null,
  dropoutSeed: number | null,
): Step {
  setComputePath(path);
  const metric = loss === 'mse' ? 'mse' : 'accuracy';
  const r = model.computeGradients(x, y, loss, metric, window, dropoutSeed);
  return { ...r, grads: model.gradients().map((g) => g.slice()) };
}

/** Largest error over each weight's gradient, relative to that gradient's largest entry. */
function worstRelative(a: Float64Array[], b: Float64Array[]): number {
  let worst = 0;
  a.forEach((ga, k) => {
    let diff = 0;
    let scale = 1e-6;
    for (let i = 0; i < ga.length; i++) {
      diff = Math.max(diff, Math.abs(ga[i] - b[k][i]));
      scale = Math.max(scale, Math.abs(b[k][i]));
    }
    worst = Math.max(worst, diff / scale);
  });
  return worst;
}

const DROPOUT: ModelConfig = base(
  [
    { cell: 'lstm', units: 3, returnSequences: true, dropout: 0.3, bidirectional: true },
    { cell: 'gru', units: 3, returnSequences: false, dropout: 0.3 },
  ],
  last(2, 'linear'),
);

const RUNS: { name: string; config: ModelConfig; loss: LossKind; window: number | null }[] = [
  ...CASES.map((c) => ({ ...c, window: null })),
  { ...CASES[1], window: 2 },
  { ...CASES[6], window: 3 },
  {
    name: 'SimpleRNN every step',
    config: base([{ cell: 'simpleRnn', units: 3, returnSequences: true }], every(1, 'linear')),
    loss: 'mse',
    window: 1,
  },
];

describe('the model on tfjs kernels', () => {
  it('runs on arrays by default off WebGL', () => {
    expect(activeComputePath()).toBe('arrays');
    setComputePath('tensors');
    expect(activeComputePath()).toBe('tensors');
  });

  for (const { name, config, loss, window } of RUNS) {
    it(`${name}, tbptt ${window ?? 'off'}: loss, metric and gradients equal the hand-written passes`, () => {
      const model = createModel(config);
      const { x, y } = data(config, loss, 4, 5, 21);
      const a = step('arrays', model, x, y, loss, window, null);
      const t = step('tensors', model, x, y, loss, window, null);
      expect(Math.abs(t.loss - a.loss) / Math.max(1e-6, Math.abs(a.loss))).toBeLessThan(1e-5);
      expect(t.metric).toBeCloseTo(a.metric, 5);
      expect(worstRelative(t.grads, a.grads)).toBeLessThan(1e-4);
    });
  }

  it('draws the same dropout masks from the same seed', () => {
    const model = createModel(DROPOUT);
    const { x, y } = data(DROPOUT, 'mse', 4, 5, 22);
    const a = step('arrays', model, x, y, 'mse', null, 7);
    const t = step('tensors', model, x, y, 'mse', null, 7);
    const inference = step('arrays', model, x, y, 'mse', null, null);
    expect(Math.abs(t.loss - a.loss)).toBeLessThan(1e-6);
    expect(worstRelative(t.grads, a.grads)).toBeLessThan(1e-4);
    // The masks matter, so agreeing under them is not agreeing by accident.
    expect(Math.abs(a.loss - inference.loss)).toBeGreaterThan(1e-4);
  });

  it('predicts and evaluates as the hand-written forward pass does', () => {
    for (const { config, loss } of [CASES[2], CASES[5], CASES[7]]) {
      const model = createModel(config);
      const { x, y } = data(config, loss, 6, 5, 23);
      const dtype = config.input.kind === 'dense' ? 'float32' : 'int32';
      const xt = tf.tensor(x.values as Float32Array, x.shape, dtype);
      const yt = tf.tensor(y.values as Float32Array, y.shape);
      const metric = loss === 'mse' ? 'mse' : 'accuracy';
      setComputePath('arrays');
      const pa = model.predict(xt);
      const ea = model.evaluate(xt, yt, loss, metric, 4);
      setComputePath('tensors');
      const pt = model.predict(xt);
      const et = model.evaluate(xt, yt, loss, metric, 4);
      expect(tf.max(tf.abs(tf.sub(pa, pt))).dataSync()[0]).toBeLessThan(1e-5);
      expect(et.loss).toBeCloseTo(ea.loss, 5);
      expect(et.metric).toBeCloseTo(ea.metric, 5);
      tf.dispose([xt, yt, pa, pt]);
    }
  });

  it('trains along the same loss curve and leaves no tensor behind', () => {
    const config = CASES[5].config;
    const { x, y } = data(config, 'softmaxCrossEntropy', 8, 5, 24);
    const options = {
      loss: 'softmaxCrossEntropy' as const,
      metric: 'accuracy' as const,
      optimizer: 'adam' as const,
      learningRate: 0.05,
      clipNorm: 1,
      tbpttWindow: null,
      dropoutSeed: 3,
    };
    const curves = (['arrays', 'tensors'] as const).map((path) => {
      setComputePath(path);
      const model = createModel(config);
      const before = tf.memory().numTensors;
      const losses = Array.from({ length: 60 }, () => model.trainArrays(x, y, options).loss);
      expect(tf.memory().numTensors).toBe(before);
      return losses;
    });
    // Training really moves, and both paths move the same way.
    expect(curves[0][59]).toBeLessThan(curves[0][0] * 0.7);
    curves[1].forEach((l, i) =>
      expect(Math.abs(l - curves[0][i]) / curves[0][i]).toBeLessThan(1e-3),
    );
  });
});
