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
import { base, CASES, data, every, last } from './cases.test-helper';
import { autodiffGradients, autodiffPredict } from './autodiff';
import { createModel, type RecurrentModel } from './model';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

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
