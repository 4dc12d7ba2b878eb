/**
 * trace(): gate activations against a plain recomputation from the weights, and ‖∂h(T)/∂h(t)‖
 * against the analytic product of SimpleRNN step Jacobians diag(1 − h(s)²)·Whᵀ, which shrinks
 * with distance for tiny recurrent weights and grows for large ones.
 */
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import type { ModelConfig } from '../types';
import { createModel } from './index';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function inputs(n: number, T: number, d: number, seed: number): tf.Tensor3D {
  const rng = createRng(seed);
  return tf.tensor3d(
    Float32Array.from({ length: n * T * d }, () => rng.normal()),
    [n, T, d],
  );
}

describe('trace', () => {
  it('LSTM gates, cell and hidden states equal a plain recomputation', () => {
    const config: ModelConfig = {
      input: { kind: 'dense', features: 2 },
      timesteps: 5,
      layers: [{ cell: 'lstm', units: 3, returnSequences: false }],
      head: { kind: 'last', units: 1, activation: 'linear' },
      seed: 4,
    };
    const model = createModel(config);
    const x = inputs(3, 5, 2, 1);
    const trace = model.trace(x, null, { sample: 2, gradients: false });
    const w = model.getWeights();
    const Wx = w['lstm/kernel'].values;
    const Wh = w['lstm/recurrent_kernel'].values;
    const b = w['lstm/bias'].values;
    const xs = x.arraySync()[2];
    const sig = (v: number): number => 1 / (1 + Math.exp(-v));
    let h = [0, 0, 0];
    let c = [0, 0, 0];
    const layer = trace.layers[0];
    for (let t = 0; t < 5; t++) {
      const pre = (col: number): number =>
        b[col] +
        xs[t].reduce((s, v, i) => s + v * Wx[i * 12 + col], 0) +
        h.reduce((s, v, i) => s + v * Wh[i * 12 + col], 0);
      const i = [0, 1, 2].map((j) => sig(pre(j)));
      const f = [0, 1, 2].map((j) => sig(pre(3 + j)));
      const g = [0, 1, 2].map((j) => Math.tanh(pre(6 + j)));
      const o = [0, 1, 2].map((j) => sig(pre(9 + j)));
      c = c.map((cv, j) => f[j] * cv + i[j] * g[j]);
      h = c.map((cv, j) => o[j] * Math.tanh(cv));
      for (let j = 0; j < 3; j++) {
        expect(layer.gates.i[t][j]).toBeCloseTo(i[j], 6);
        expect(layer.gates.f[t][j]).toBeCloseTo(f[j], 6);
        expect(layer.gates.g[t][j]).toBeCloseTo(g[j], 6);
        expect(layer.gates.o[t][j]).toBeCloseTo(o[j], 6);
        expect(layer.cellState?.[t][j]).toBeCloseTo(c[j], 6);
        expect(layer.hidden[t][j]).toBeCloseTo(h[j], 6);
      }
      expect(layer.inputs[t]).toEqual(xs[t].map((v) => Math.fround(v)));
    }
    expect(trace.predictionShape).toEqual([1]);
    x.dispose();
  });

  /** ‖∂h(T)/∂h(t)‖_F from the trace's hidden states and Wh, by multiplying step Jacobians. */
  function analyticJacobianNorms(hidden: number[][], Wh: Float32Array, H: number): number[] {
    const T = hidden.length;
    let J: number[][] = Array.from({ length: H }, (_, i) =>
      Array.from({ length: H }, (_, j) => (i === j ? 1 : 0)),
    );
    const norms = new Array<number>(T);
    for (let t = T - 1; t >= 0; t--) {
      norms[t] = Math.hypot(...J.flat());
      if (t === 0) break;
      // ∂h(t)/∂h(t−1) [i][j] = (1 − h_i(t)²)·Wh[j][i]; J ← J · that.
      const step = Array.from({ length: H }, (_, i) =>
        Array.from({ length: H }, (_, j) => (1 - hidden[t][i] ** 2) * Wh[j * H + i]),
      );
      J = J.map((row) =>
        Array.from({ length: H }, (_, j) => {
          let sum = 0;
          for (let k = 0; k < H; k++) sum += row[k] * step[k][j];
          return sum;
        }),
      );
    }
    return norms;
  }

  for (const [label, scale, trend] of [
    ['tiny recurrent weights vanish', 0.1, 'vanish'],
    ['large recurrent weights explode', 3, 'explode'],
  ] as const) {
    it(`SimpleRNN ‖∂h(T)/∂h(t)‖: ${label}`, () => {
      const config: ModelConfig = {
        input: { kind: 'dense', features: 1 },
        timesteps: 12,
        layers: [{ cell: 'simpleRnn', units: 4, returnSequences: false }],
        head: { kind: 'last', units: 1, activation: 'linear' },
        seed: 9,
      };
      const model = createModel(config);
      const w = model.getWeights();
      // Orthogonal Wh times a scale: every singular value equals the scale.
      w['simple_rnn/recurrent_kernel'].values = w['simple_rnn/recurrent_kernel'].values.map(
        (v) => v * scale,
      );
      // Small inputs keep tanh near its linear part, so the scale decides the trend.
      w['simple_rnn/kernel'].values = w['simple_rnn/kernel'].values.map((v) => v * 0.01);
      model.setWeights(w);
      const x = inputs(1, 12, 1, 2);
      const y = tf.zeros([1, 1]);
      const trace = model.trace(x, y, { sample: 0, gradients: true, loss: 'mse' });
      const norms = trace.jacobianNormPerStep as number[];
      const expected = analyticJacobianNorms(
        trace.layers[0].hidden,
        w['simple_rnn/recurrent_kernel'].values,
        4,
      );
      norms.forEach((v, t) => expect(v / expected[t]).toBeCloseTo(1, 6));
      // Distance from T grows as t falls: the norm shrinks (vanishing) or grows (exploding).
      if (trend === 'vanish') expect(norms[0]).toBeLessThan(1e-6 * norms[11]);
      else expect(norms[0]).toBeGreaterThan(100 * norms[11]);
      expect(trace.gradNormPerStep).toHaveLength(12);
      expect(Object.keys(trace.weightGradNorms ?? {})).toEqual(model.specs.map((s) => s.name));
      tf.dispose([x, y]);
    });
  }
});
