/**
 * The encoder–decoder against references that share no code with its passes: the step-by-step
 * cells against the sequence cells (same outputs and weight gradients from a zero state) and
 * against tf.layers started from a given state (`initialState`, the Keras way to hand an
 * encoder's state to a decoder), and the
 * whole model's gradients — encoder weights included, which reach the loss only through the state
 * handed to the decoder — against central finite differences of its loss in float64.
 */
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
// tf.layers calls chained tensor methods, which the bare core does not register.
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../../rng';
import type { LossKind, ModelConfig, RecurrentLayerConfig } from '../../types';
import type { ArrayData } from '../batch';
import { makeCell } from '../layer';
import { createModel, type RecurrentModel } from '../model';
import { makeStateCell, type CellState } from './stateCell';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const random = (n: number, rng: ReturnType<typeof createRng>, scale = 1) =>
  Float64Array.from({ length: n }, () => (2 * rng.next() - 1) * scale);

describe('step-by-step cells', () => {
  const layers: RecurrentLayerConfig[] = [
    { cell: 'simpleRnn', units: 3, returnSequences: true },
    { cell: 'lstm', units: 3, returnSequences: true },
    { cell: 'gru', units: 3, returnSequences: true },
    { cell: 'gru', units: 3, returnSequences: true, gruResetAfter: true },
  ];
  for (const layer of layers) {
    it(`${layer.cell}${layer.gruResetAfter ? ' (reset after)' : ''}: equal the sequence cell from a zero state`, () => {
      const rng = createRng(3);
      const T = 4;
      const B = 2;
      const H = 3;
      const seq = makeCell(layer);
      const step = makeStateCell(layer);
      const G = seq.gates * H;
      const w = {
        recurrent: random(H * G, rng),
        recurrentBias: layer.gruResetAfter ? random(G, rng) : undefined,
      };
      const xp = random(T * B * G, rng);
      const dHidden = random(T * B * H, rng);
      const cache = seq.forward(xp, T, B, w);
      const gSeq = { recurrent: new Float64Array(H * G), recurrentBias: new Float64Array(G) };
      const dxpSeq = seq.backward(cache, w, dHidden, gSeq, null);
      const whT = step.prepare(w);
      let state: CellState = step.zero(B);
      const records = [];
      for (let t = 0; t < T; t++) {
        const rec = step.step(xp.subarray(t * B * G, (t + 1) * B * G), state, w, whT, B);
        for (let i = 0; i < B * H; i++)
          expect(rec.next.h[i]).toBeCloseTo(cache.hidden[t * B * H + i], 12);
        records.push(rec);
        state = rec.next;
      }
      const gStep = { recurrent: new Float64Array(H * G), recurrentBias: new Float64Array(G) };
      let carry: CellState = step.zero(B);
      for (let t = T - 1; t >= 0; t--) {
        for (let i = 0; i < B * H; i++) carry.h[i] += dHidden[t * B * H + i];
        const back = step.back(records[t], w, carry, gStep, B);
        for (let i = 0; i < B * G; i++) expect(back.dxp[i]).toBeCloseTo(dxpSeq[t * B * G + i], 10);
        carry = back.dPrev;
      }
      for (let i = 0; i < H * G; i++) expect(gStep.recurrent[i]).toBeCloseTo(gSeq.recurrent[i], 10);
      if (layer.gruResetAfter) {
        for (let i = 0; i < G; i++)
          expect(gStep.recurrentBias[i]).toBeCloseTo(gSeq.recurrentBias[i], 10);
      }
    });
  }
});

describe('step-by-step cells from a given state, against tf.layers initialState', () => {
  for (const cell of ['simpleRnn', 'lstm', 'gru'] as const) {
    it(`${cell}: same hidden states as tf.layers with the same weights and initial state`, () => {
      const rng = createRng(8);
      const [T, B, d, H] = [4, 2, 3, 5];
      const layer: RecurrentLayerConfig = { cell, units: H, returnSequences: true };
      const step = makeStateCell(layer);
      const G = step.gates * H;
      const kernel = random(d * G, rng);
      const recurrent = random(H * G, rng);
      const bias = random(G, rng, 0.3);
      const x = random(B * T * d, rng);
      const h0 = random(B * H, rng, 0.8);
      const c0 = random(B * H, rng, 1.5);
      const options = { units: H, returnSequences: true, recurrentActivation: 'sigmoid' as const };
      const keras =
        cell === 'lstm'
          ? tfl.layers.lstm(options)
          : cell === 'gru'
            ? tfl.layers.gru(options)
            : tfl.layers.simpleRNN({ units: H, returnSequences: true });
      const input = tf.tensor3d(Float32Array.from(x), [B, T, d]);
      const init = [tf.tensor2d(Float32Array.from(h0), [B, H])];
      if (cell === 'lstm') init.push(tf.tensor2d(Float32Array.from(c0), [B, H]));
      keras.apply(input, { initialState: init });
      keras.setWeights([
        tf.tensor2d(Float32Array.from(kernel), [d, G]),
        tf.tensor2d(Float32Array.from(recurrent), [H, G]),
        tf.tensor1d(Float32Array.from(bias)),
      ]);
      const expected = (keras.apply(input, { initialState: init }) as tf.Tensor).dataSync();
      const w = { recurrent };
      const whT = step.prepare(w);
      let state: CellState = { h: h0, c: cell === 'lstm' ? c0 : null };
      for (let t = 0; t < T; t++) {
        const xp = new Float64Array(B * G);
        for (let b = 0; b < B; b++)
          for (let j = 0; j < G; j++) {
            let v = bias[j];
            for (let i = 0; i < d; i++) v += x[(b * T + t) * d + i] * kernel[i * G + j];
            xp[b * G + j] = v;
          }
        state = step.step(xp, state, w, whT, B).next;
        for (let b = 0; b < B; b++)
          for (let j = 0; j < H; j++)
            expect(state.h[b * H + j]).toBeCloseTo(expected[(b * T + t) * H + j], 5);
      }
    });
  }
});

const V = 6;
const START = 5;

function config(cell: RecurrentLayerConfig['cell'], over: Partial<ModelConfig> = {}): ModelConfig {
  return {
    input: { kind: 'oneHot', vocabSize: 7 },
    timesteps: 5,
    layers: [
      { cell, units: 4, returnSequences: true, gruResetAfter: cell === 'gru' },
      { cell, units: 3, returnSequences: false },
    ],
    head: { kind: 'everyStep', units: V, activation: 'linear' },
    seed: 9,
    decoder: { input: { kind: 'oneHot', vocabSize: V }, steps: 4, startToken: START },
    ...over,
  };
}

function data(c: ModelConfig, n: number, seed: number): { x: ArrayData; y: ArrayData } {
  const rng = createRng(seed);
  const Tin = c.timesteps as number;
  const x: ArrayData =
    c.input.kind === 'dense'
      ? { values: random(n * Tin * c.input.features, rng), shape: [n, Tin, c.input.features] }
      : { values: Int32Array.from({ length: n * Tin }, () => rng.int(7)), shape: [n, Tin] };
  const steps = c.decoder?.steps ?? 1;
  const y = {
    values: Int32Array.from({ length: n * steps }, () => rng.int(START)),
    shape: [n, steps],
  };
  return { x, y };
}

/** Largest relative error of the analytic gradient against central differences, per weight name. */
function fdErrors(
  model: RecurrentModel,
  x: ArrayData,
  y: ArrayData,
  loss: LossKind,
  feed: number,
): Record<string, number> {
  const lossOf = () => model.computeGradients(x, y, loss, 'accuracy', null, null, feed).loss;
  lossOf();
  const analytic = model.gradients().map((g) => g.slice());
  const out: Record<string, number> = {};
  const eps = 1e-5;
  model.weightArrays().forEach((w, k) => {
    const rng = createRng(k + 1);
    let worst = 0;
    for (let s = 0; s < 6; s++) {
      const i = rng.int(w.length);
      const keep = w[i];
      w[i] = keep + eps;
      const up = lossOf();
      w[i] = keep - eps;
      const down = lossOf();
      w[i] = keep;
      const fd = (up - down) / (2 * eps);
      const a = analytic[k][i];
      worst = Math.max(worst, Math.abs(fd - a) / Math.max(Math.abs(fd), Math.abs(a), 1e-6));
    }
    out[model.specs[k].name] = worst;
  });
  return out;
}

describe('encoder–decoder gradients against finite differences', () => {
  const cases: [string, ModelConfig][] = [
    ['SimpleRNN ×2, one-hot in and out', config('simpleRnn')],
    ['LSTM ×2 (h and c handed over)', config('lstm')],
    ['GRU ×2, reset after', config('gru')],
    [
      'LSTM, embedded source and decoder input',
      config('lstm', {
        input: { kind: 'embedding', vocabSize: 7, dim: 3 },
        decoder: {
          input: { kind: 'embedding', vocabSize: V, dim: 2 },
          steps: 3,
          startToken: START,
        },
      }),
    ],
    [
      'GRU (reset before), dense source',
      {
        ...config('gru', { input: { kind: 'dense', features: 2 } }),
        layers: [{ cell: 'gru', units: 4, returnSequences: false }],
      },
    ],
  ];
  for (const [name, c] of cases) {
    it(`${name}: teacher-forced`, () => {
      const model = createModel(c);
      const { x, y } = data(c, 3, 4);
      const errors = fdErrors(model, x, y, 'softmaxCrossEntropy', 0);
      for (const [w, e] of Object.entries(errors)) expect(e, w).toBeLessThan(1e-4);
      // The encoder learns only through the state: its gradients must be there.
      const enc = model.specs.findIndex(
        (s) => s.name.startsWith('encoder/') && s.role === 'kernel',
      );
      expect(Math.max(...model.gradients()[enc].map(Math.abs))).toBeGreaterThan(1e-6);
    });
  }

  it('free running (the decoder reads its own argmax): gradients still match', () => {
    const c = config('lstm');
    const model = createModel(c);
    for (const w of model.weightArrays()) for (let i = 0; i < w.length; i++) w[i] *= 2;
    const { x, y } = data(c, 3, 5);
    const errors = fdErrors(model, x, y, 'softmaxCrossEntropy', 1);
    for (const [w, e] of Object.entries(errors)) expect(e, w).toBeLessThan(1e-4);
    const forced = model.computeGradients(x, y, 'softmaxCrossEntropy', 'accuracy', null, null, 0);
    const free = model.computeGradients(x, y, 'softmaxCrossEntropy', 'accuracy', null, null, 1);
    expect(Math.abs(forced.loss - free.loss)).toBeGreaterThan(1e-6);
  });
});

describe('encoder–decoder predictions and weights', () => {
  it('greedy decoding feeds back its own argmax: teacher forcing on those ids reproduces them', () => {
    const c = config('lstm');
    const model = createModel(c);
    for (const w of model.weightArrays()) for (let i = 0; i < w.length; i++) w[i] *= 4;
    const { x } = data(c, 16, 6);
    const p = model.predict(tf.tensor(x.values as Int32Array, x.shape, 'int32'));
    expect(p.shape).toEqual([16, 4, V]);
    const ids = tf.argMax(p, 2).dataSync() as Int32Array;
    p.dispose();
    const asTargets = { values: ids, shape: [16, 4] };
    const r = model.computeGradients(
      x,
      asTargets,
      'softmaxCrossEntropy',
      'accuracy',
      null,
      null,
      0,
    );
    expect(r.metric).toBe(1);
    expect(new Set(ids).size).toBeGreaterThan(1);
  });

  it('has Keras-style names and counts, and snapshots restore the model', () => {
    const c = config('lstm');
    const model = createModel(c);
    const names = model.specs.map((s) => s.name);
    expect(names[0]).toBe('encoder/lstm/kernel');
    expect(names).toContain('decoder/lstm_1/recurrent_kernel');
    expect(names.at(-1)).toBe('decoder/time_distributed/bias');
    // Encoder LSTM(4) on 7 + LSTM(3) on 4; decoder LSTM(4) on 6 + LSTM(3) on 4; Dense(6) on 3.
    const lstm = (d: number, u: number) => 4 * u * (d + u + 1);
    expect(model.paramCount()).toBe(lstm(7, 4) + lstm(4, 3) + lstm(6, 4) + lstm(4, 3) + 6 * 4);
    const other = createModel({ ...c, seed: 10 });
    other.setWeights(model.getWeights());
    const { x } = data(c, 2, 7);
    const xt = tf.tensor(x.values as Int32Array, x.shape, 'int32');
    const a = model.predict(xt).dataSync();
    const b = other.predict(xt).dataSync();
    xt.dispose();
    expect(Array.from(b)).toEqual(Array.from(a));
  });

  it('refuses what it cannot build, by name', () => {
    expect(() =>
      createModel(config('lstm', { head: { kind: 'everyStep', units: 4, activation: 'linear' } })),
    ).toThrow(/decoder.vocabulary/);
    const bi = config('lstm');
    bi.layers = [{ cell: 'lstm', units: 3, returnSequences: false, bidirectional: true }];
    expect(() => createModel(bi)).toThrow(/layer0.bidirectional/);
  });
});
