/**
 * Free running through the trainer: the checks that refuse it where it means nothing, and a step
 * that trains on the model's own predictions (its loss equals the model's free-running loss on the
 * same batch, and differs from the teacher-forced one).
 */
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ifYouWantYou } from '../data';
import { createModel } from '../model';
import type { DataSplit, ModelConfig, TrainConfig } from '../types';
import { Trainer } from './trainer';
import { validateConfig } from './validate';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const d = ifYouWantYou();
const V = d.charSet.chars.length;
const split: DataSplit = { train: d.data, valid: d.data };
const model: ModelConfig = {
  input: { kind: 'oneHot', vocabSize: V },
  timesteps: d.windowLength,
  layers: [{ cell: 'simpleRnn', units: 8, returnSequences: true }],
  head: { kind: 'everyStep', units: V, activation: 'linear' },
  seed: 2,
};
const train: TrainConfig = {
  optimizer: 'adam',
  learningRate: 0.1,
  batchSize: 1,
  epochs: 3,
  loss: 'softmaxCrossEntropy',
  metric: 'accuracy',
  clipNorm: null,
  tbpttWindow: null,
  seed: 1,
};
const codes = (m: { code: string }[]) => m.map((x) => x.code);

describe('free-running configuration checks', () => {
  it('accepts teacher forcing, free running and scheduled sampling on shifted text', () => {
    expect(validateConfig(model, train, split)).toEqual([]);
    expect(validateConfig(model, { ...train, teacherForcing: false }, split)).toEqual([]);
    expect(validateConfig(model, { ...train, feedPrediction: 0.25 }, split)).toEqual([]);
  });

  it('refuses a probability outside [0, 1] and a contradiction with teacherForcing', () => {
    expect(codes(validateConfig(model, { ...train, feedPrediction: 1.5 }, split))).toEqual([
      'invalid.feedPrediction',
    ]);
    const both = { ...train, teacherForcing: false, feedPrediction: 0.5 };
    expect(codes(validateConfig(model, both, split))).toEqual(['invalid.feedPrediction']);
  });

  it('refuses models that cannot read their own predictions', () => {
    const free = { ...train, teacherForcing: false };
    const dense: ModelConfig = { ...model, input: { kind: 'dense', features: V } };
    expect(validateConfig(dense, free)).toContainEqual(
      expect.objectContaining({ code: 'invalid.freeRunning', params: { reason: 'denseInput' } }),
    );
    const bi: ModelConfig = { ...model, layers: [{ ...model.layers[0], bidirectional: true }] };
    expect(validateConfig(bi, free)).toContainEqual(
      expect.objectContaining({ params: { reason: 'bidirectional' } }),
    );
    const other: ModelConfig = { ...model, head: { ...model.head, units: V + 1 } };
    expect(validateConfig(other, free)).toContainEqual(
      expect.objectContaining({ params: { reason: 'vocabulary' } }),
    );
  });

  it('refuses data whose inputs are not the previous targets, naming where', () => {
    const x = Int32Array.from(d.data.x);
    x[5] = (x[5] + 1) % V;
    const broken: DataSplit = { train: { ...d.data, x }, valid: d.data };
    const free = { ...train, teacherForcing: false };
    expect(validateConfig(model, free, broken)).toEqual([
      {
        code: 'invalid.freeRunningData',
        severity: 'error',
        params: { part: 'train', sample: 0, step: 5 },
      },
    ]);
    // Teacher forcing reads x as given and does not care.
    expect(validateConfig(model, train, broken)).toEqual([]);
  });
});

describe('a free-running trainer', () => {
  it('trains on its own predictions: the first loss is the free-running loss of the batch', async () => {
    const losses: Record<string, number> = {};
    for (const [name, over] of [
      ['forced', {}],
      ['free', { teacherForcing: false }],
      ['half', { feedPrediction: 0.5 }],
    ] as const) {
      const trainer = new Trainer({
        model,
        train: { ...train, ...over },
        data: split,
        createModel,
        historyEvery: 1,
      });
      await trainer.stepBatch();
      losses[name] = trainer.snapshot().history[0].loss;
      await trainer.dispose();
    }
    const fresh = createModel(model);
    const x = { values: d.data.x, shape: d.data.xShape };
    const y = { values: d.data.y, shape: d.data.yShape };
    const ce = 'softmaxCrossEntropy';
    expect(losses.forced).toBeCloseTo(
      fresh.computeGradients(x, y, ce, 'accuracy', null, 1).loss,
      10,
    );
    expect(losses.free).toBeCloseTo(
      fresh.computeGradients(x, y, ce, 'accuracy', null, 1, 1).loss,
      10,
    );
    expect(Math.abs(losses.free - losses.forced)).toBeGreaterThan(1e-3);
    expect(Number.isFinite(losses.half)).toBe(true);
  });
});
