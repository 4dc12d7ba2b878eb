/**
 * Free running through the trainer: the checks that refuse it where it means nothing, and a step
 * that trains on the model's own predictions (its loss equals the model's free-running loss on the
 * same batch, and differs from the teacher-forced one). The encoder–decoder through the same
 * trainer: its checks, an epoch, a trace and a checkpoint round trip.
 */
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ifYouWantYou } from '../data';
import { getExperiment, type Experiment } from '../experiments';
import { reversalData, reversalModel, reversalSplit } from '../experiments/seq2seq';
import { createModel } from '../model';
import { decodeCheckpoint, encodeCheckpoint } from './checkpoint';
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

describe('an encoder–decoder through the trainer', () => {
  const e = getExperiment('seq2seq-reverse') as Experiment;
  const small = reversalSplit(3, 2, { train: 64, valid: 16 });
  const s2sModel = reversalModel(3, 8, 2);
  const s2sTrain = { ...(e.train as TrainConfig), batchSize: 16, epochs: 1 };

  it('validates its shapes and refuses truncated BPTT, naming the setting', () => {
    expect(validateConfig(s2sModel, s2sTrain, small)).toEqual([]);
    const wrong: DataSplit = { train: reversalData(64, 4, 1), valid: small.valid };
    expect(validateConfig(s2sModel, s2sTrain, wrong)).toContainEqual(
      expect.objectContaining({
        code: 'invalid.dataShape',
        params: expect.objectContaining({ axis: 'outputSteps' }),
      }),
    );
    expect(codes(validateConfig(s2sModel, { ...s2sTrain, tbpttWindow: 2 }, small))).toEqual([
      'invalid.tbpttWindow',
    ]);
    const bad = { ...s2sModel, decoder: { ...s2sModel.decoder!, startToken: 11 } };
    expect(validateConfig(bad, s2sTrain, small)).toContainEqual(
      expect.objectContaining({
        code: 'invalid.decoder',
        params: { problem: 'model.decoder.startToken' },
      }),
    );
  });

  it('trains an epoch, traces a sample and restores from a checkpoint of its weights', async () => {
    const trainer = new Trainer({ model: s2sModel, train: s2sTrain, data: small, createModel });
    await trainer.stepEpoch();
    const snap = trainer.snapshot();
    expect(snap.step).toBe(4);
    expect(Number.isFinite(snap.history.at(-1)?.valLoss)).toBe(true);
    const trace = trainer.traceNow(0, false);
    // Encoder layer 0, then decoder layer 1; the decoder's first state follows the encoder's last.
    expect(trace.layers.map((l) => l.layer)).toEqual([0, 1]);
    expect(trace.predictionShape).toEqual([3, 11]);
    const { json, bin } = encodeCheckpoint(
      {
        id: 'x',
        model: s2sModel,
        train: s2sTrain,
        result: { epochs: 1, valLoss: 0, valMetric: 0, extra: {} },
        history: [],
      },
      trainer.engineModel.getWeights(),
    );
    const back = decodeCheckpoint(JSON.stringify(json), bin.buffer as ArrayBuffer);
    const fresh = createModel(back.meta.model);
    fresh.setWeights(back.weights);
    const x = tf.tensor(small.valid.x, small.valid.xShape, 'int32');
    const a = Array.from(trainer.engineModel.predict(x).dataSync());
    const b = Array.from(fresh.predict(x).dataSync());
    x.dispose();
    b.forEach((v, i) => expect(v).toBeCloseTo(a[i], 5));
    await trainer.dispose();
  });
});
