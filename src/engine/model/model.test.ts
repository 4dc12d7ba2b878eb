/**
 * The EngineModel contract: seeding, Keras initialisers, optimizers against tf.train, clipping,
 * evaluation, weight snapshots, the GRU update-gate convention, and no tensor leaks.
 */
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StepOptions } from '../modelApi';
import { createRng } from '../rng';
import type { ModelConfig, OptimizerKind } from '../types';
import { createModel, swapUpdateGateConvention } from './index';
import { clipByGlobalNorm, createOptimizer, globalNorm } from './optimizers';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const LSTM: ModelConfig = {
  input: { kind: 'dense', features: 2 },
  timesteps: 6,
  layers: [
    { cell: 'lstm', units: 4, returnSequences: true, dropout: 0.2 },
    { cell: 'gru', units: 3, returnSequences: false, gruResetAfter: true },
  ],
  head: { kind: 'last', units: 1, activation: 'linear' },
  seed: 42,
};

const STEP: StepOptions = {
  loss: 'mse',
  metric: 'mse',
  optimizer: 'adam',
  learningRate: 0.01,
  clipNorm: 1,
  tbpttWindow: null,
  dropoutSeed: 3,
};

function batch(n: number, T: number, d: number, seed: number): { x: tf.Tensor; y: tf.Tensor } {
  const rng = createRng(seed);
  const x = tf.tensor3d(
    Float32Array.from({ length: n * T * d }, () => rng.normal()),
    [n, T, d],
  );
  const y = tf.tensor2d(
    Float32Array.from({ length: n }, () => rng.normal()),
    [n, 1],
  );
  return { x, y };
}

describe('seeding and initialisation', () => {
  it('same seed → identical weights and loss curve; another seed → other weights', () => {
    const a = createModel(LSTM);
    const b = createModel(LSTM);
    const c = createModel({ ...LSTM, seed: 43 });
    const wa = a.getWeights();
    expect(b.getWeights()).toEqual(wa);
    expect(c.getWeights()['lstm/kernel'].values).not.toEqual(wa['lstm/kernel'].values);
    const { x, y } = batch(8, 6, 2, 1);
    const curve = (m: typeof a): number[] =>
      Array.from({ length: 5 }, (_, i) => m.trainBatch(x, y, { ...STEP, dropoutSeed: i }).loss);
    const ca = curve(a);
    expect(curve(b)).toEqual(ca);
    expect(ca[4]).toBeLessThan(ca[0]);
    tf.dispose([x, y]);
  });

  it('Keras initialisers: orthogonal recurrent rows, glorot range, unit forget bias, zero bias', () => {
    const w = createModel(LSTM).getWeights();
    const rec = w['lstm/recurrent_kernel'];
    const [H, G] = rec.shape;
    for (let i = 0; i < H; i++) {
      for (let j = 0; j < H; j++) {
        let dot = 0;
        for (let k = 0; k < G; k++) dot += rec.values[i * G + k] * rec.values[j * G + k];
        expect(dot).toBeCloseTo(i === j ? 1 : 0, 5);
      }
    }
    const limit = Math.sqrt(6 / (2 + 16));
    expect(Math.max(...w['lstm/kernel'].values.map(Math.abs))).toBeLessThanOrEqual(limit);
    expect(Array.from(w['lstm/bias'].values)).toEqual([
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      ...Array(8).fill(0),
    ]);
    expect(w['gru/bias'].shape).toEqual([2, 9]);
    expect(Array.from(w['gru/bias'].values).every((v) => v === 0)).toBe(true);
  });
});

describe('optimizers equal tf.train with Keras hyper-parameters', () => {
  const cases: [OptimizerKind, () => tf.Optimizer, number][] = [
    ['sgd', () => tf.train.sgd(0.1), 1e-6],
    ['rmsprop', () => tf.train.rmsprop(0.01, 0.9, 0, 1e-7), 1e-5],
    ['adam', () => tf.train.adam(0.01, 0.9, 0.999, 1e-7), 1e-5],
  ];
  for (const [kind, make, tol] of cases) {
    it(kind, () => {
      const rng = createRng(5);
      const w0 = Float64Array.from({ length: 6 }, () => rng.normal());
      const ours = createOptimizer(kind, [6]);
      const theirs = make();
      const v = tf.variable(tf.tensor1d(Float32Array.from(w0)));
      const w = w0.slice();
      for (let step = 0; step < 4; step++) {
        const g = Float64Array.from({ length: 6 }, () => rng.normal());
        ours.apply([w], [g], kind === 'sgd' ? 0.1 : 0.01);
        theirs.applyGradients({ [v.name]: tf.tensor1d(Float32Array.from(g)) });
      }
      const ref = v.dataSync();
      w.forEach((x, i) => expect(Math.abs(x - ref[i])).toBeLessThan(tol));
      v.dispose();
      theirs.dispose();
    });
  }

  it('clipping by global norm rescales all gradients together', () => {
    const g = [Float64Array.from([3, 0]), Float64Array.from([0, 4])];
    expect(clipByGlobalNorm(g, 1)).toBe(5);
    expect(globalNorm(g)).toBeCloseTo(1, 12);
    expect(g[0][0]).toBeCloseTo(0.6, 12);
    expect(g[1][1]).toBeCloseTo(0.8, 12);
    const h = [Float64Array.from([0.3, 0.4])];
    clipByGlobalNorm(h, 1);
    expect(Array.from(h[0])).toEqual([0.3, 0.4]);
  });
});

describe('model behaviour', () => {
  it('evaluate is the row-weighted mean over batches; predict has Keras shapes', () => {
    const model = createModel(LSTM);
    const { x, y } = batch(7, 6, 2, 2);
    const whole = model.evaluate(x, y, 'mse', 'mse', 100);
    const parts = model.evaluate(x, y, 'mse', 'mse', 3);
    expect(parts.loss).toBeCloseTo(whole.loss, 10);
    const p = model.predict(x);
    expect(p.shape).toEqual([7, 1]);
    const manual = tf.mean(tf.square(tf.sub(p, y))).dataSync()[0];
    expect(whole.loss).toBeCloseTo(manual, 5);
    tf.dispose([x, y, p]);
  });

  it('setWeights(getWeights()) restores the outputs', () => {
    const model = createModel(LSTM);
    const { x, y } = batch(4, 6, 2, 3);
    const snap = model.getWeights();
    const before = model.predict(x).dataSync();
    model.trainBatch(x, y, STEP);
    expect(Array.from(model.predict(x).dataSync())).not.toEqual(Array.from(before));
    model.setWeights(snap);
    // Initial weights are float32 values, so the float32 snapshot restores them exactly.
    expect(Array.from(model.predict(x).dataSync())).toEqual(Array.from(before));
    tf.dispose([x, y]);
  });

  it('GRU: negating the z weights gives the same model in the other update convention', () => {
    const config: ModelConfig = {
      input: { kind: 'dense', features: 2 },
      timesteps: 4,
      layers: [{ cell: 'gru', units: 3, returnSequences: false }],
      head: { kind: 'last', units: 3, activation: 'linear' },
      seed: 8,
    };
    const model = createModel(config);
    const { x } = batch(1, 4, 2, 4);
    const swapped = swapUpdateGateConvention(config, model.getWeights());
    // Plain GRU (reset before) in the other convention: h = (1 − z′)·h + z′·g.
    const W = swapped['gru/kernel'].values;
    const U = swapped['gru/recurrent_kernel'].values;
    const b = swapped['gru/bias'].values;
    const xs = x.dataSync();
    const sig = (v: number): number => 1 / (1 + Math.exp(-v));
    let h = [0, 0, 0];
    for (let t = 0; t < 4; t++) {
      const pre = (col: number, hv: number[]): number => {
        let s = b[col];
        for (let i = 0; i < 2; i++) s += xs[t * 2 + i] * W[i * 9 + col];
        for (let i = 0; i < 3; i++) s += hv[i] * U[i * 9 + col];
        return s;
      };
      const z = [0, 1, 2].map((j) => sig(pre(j, h)));
      const r = [0, 1, 2].map((j) => sig(pre(3 + j, h)));
      const rh = h.map((v, i) => v * r[i]);
      const g = [0, 1, 2].map((j) => Math.tanh(pre(6 + j, rh)));
      h = h.map((v, j) => (1 - z[j]) * v + z[j] * g[j]);
    }
    const Wd = swapped['dense/kernel'].values;
    const out = [0, 1, 2].map(
      (k) => swapped['dense/bias'].values[k] + h.reduce((s, v, i) => s + v * Wd[i * 3 + k], 0),
    );
    const ours = model.predict(x).dataSync();
    out.forEach((v, k) => expect(v).toBeCloseTo(ours[k], 5));
    expect(swapUpdateGateConvention(config, swapped)).toEqual(model.getWeights());
    tf.dispose(x);
  });
});

describe('tensors', () => {
  it('no leaks: flat over 1,000 trainBatch calls and back to baseline after dispose', () => {
    const tiny: ModelConfig = {
      input: { kind: 'dense', features: 1 },
      timesteps: 3,
      layers: [{ cell: 'lstm', units: 2, returnSequences: false }],
      head: { kind: 'last', units: 1, activation: 'linear' },
      seed: 1,
    };
    const { x, y } = batch(2, 3, 1, 6);
    const baseline = tf.memory().numTensors;
    const model = createModel(tiny);
    model.trainBatch(x, y, STEP);
    const afterFirst = tf.memory().numTensors;
    for (let i = 0; i < 1000; i++)
      model.trainBatch(x, y, { ...STEP, optimizer: i % 2 ? 'adam' : 'rmsprop' });
    expect(tf.memory().numTensors).toBe(afterFirst);
    const p = model.predict(x);
    const tr = model.trace(x, y, { sample: 0, gradients: true });
    expect(tr.layers.length).toBe(1);
    p.dispose();
    model.evaluate(x, y, 'mse', 'mse', 1);
    model.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
    tf.dispose([x, y]);
  });
});
