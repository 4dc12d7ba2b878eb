/**
 * The `gateBias: 'chrono'` option of a layer: the model's initial biases follow Tallec &
 * Ollivier's definition (b_f = log u with u ~ U(1, T − 1), b_i = −b_f for an LSTM; the update gate
 * for a GRU), while 'keras' keeps Keras's unit_forget_bias; the checks refuse chrono where the
 * sequence length is unknown.
 */
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateConfig } from '../trainer/validate';
import type { ModelConfig, TrainConfig } from '../types';
import { createModel } from './index';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const T = 30;
const H = 16;
const base = (cell: 'lstm' | 'gru', gateBias?: 'keras' | 'chrono'): ModelConfig => ({
  input: { kind: 'oneHot', vocabSize: 10 },
  timesteps: T,
  layers: [{ cell, units: H, returnSequences: false, ...(gateBias ? { gateBias } : {}) }],
  head: { kind: 'last', units: 4, activation: 'softmax' },
  seed: 3,
});

function bias(config: ModelConfig): Float32Array {
  const m = createModel(config);
  try {
    const w = m.getWeights();
    const key = Object.keys(w).find((k) => /bias/.test(k) && !/head|dense/i.test(k));
    return w[key as string].values;
  } finally {
    m.dispose();
  }
}

describe('chrono gate biases', () => {
  it('LSTM: forget biases log(u), u in [1, T − 1], spread over units; input = −forget', () => {
    const b = bias(base('lstm', 'chrono'));
    const forget = Array.from(b.subarray(H, 2 * H));
    for (let j = 0; j < H; j++) {
      expect(forget[j]).toBeGreaterThanOrEqual(0);
      expect(forget[j]).toBeLessThanOrEqual(Math.log(T - 1) + 1e-6);
      expect(b[j]).toBeCloseTo(-forget[j], 6);
    }
    expect(Array.from(b.subarray(2 * H))).toEqual(new Array(2 * H).fill(0));
    // Spread: the memories σ(b_f)/(1 − σ(b_f)) = u cover much of [1, T − 1], unlike Keras's 1.
    const u = forget.map((v) => Math.exp(v));
    expect(Math.max(...u) - Math.min(...u)).toBeGreaterThan((T - 2) / 2);
  });

  it("LSTM: 'keras' and the default keep unit_forget_bias (forget block 1, the rest 0)", () => {
    for (const b of [bias(base('lstm')), bias(base('lstm', 'keras'))]) {
      const expected = new Array(4 * H).fill(0).map((_, i) => (i >= H && i < 2 * H ? 1 : 0));
      expect(Array.from(b)).toEqual(expected);
    }
  });

  it('GRU: the update gate (the first block, which keeps h(t − 1)) starts at log(u)', () => {
    const b = bias(base('gru', 'chrono'));
    for (let j = 0; j < H; j++) {
      expect(b[j]).toBeGreaterThanOrEqual(0);
      expect(b[j]).toBeLessThanOrEqual(Math.log(T - 1) + 1e-6);
    }
    expect(Array.from(b.subarray(H, 3 * H))).toEqual(new Array(2 * H).fill(0));
  });

  it('is refused with a message when the sequence length is not fixed', () => {
    const train: TrainConfig = {
      optimizer: 'adam',
      learningRate: 0.01,
      batchSize: 32,
      epochs: 1,
      loss: 'softmaxCrossEntropy',
      metric: 'accuracy',
      clipNorm: 1,
      tbpttWindow: null,
      seed: 1,
    };
    expect(validateConfig(base('lstm', 'chrono'), train)).toEqual([]);
    const open = { ...base('lstm', 'chrono'), timesteps: null };
    expect(validateConfig(open, train).map((m) => m.code)).toContain('invalid.gateBias');
  });
});
