import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { getExperiment, listExperiments, withOverrides } from './experiments';
import { createModel } from './model';
import { runExperiment } from './trainer/run';
import { validateConfig } from './trainer/validate';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('experiment registry', () => {
  it('has the notes’ experiments, unique ids, both languages', () => {
    const ids = listExperiments().map((e) => e.id);
    for (const id of [
      'ts-naive',
      'ts-linear',
      'ts-simple-rnn-1',
      'ts-deep-rnn',
      'ts-ahead-iterative',
      'ts-seq2vec',
      'ts-seq2seq',
      'ts-ln-rnn',
      'ts-lstm',
      'ts-gru',
      'hello',
      'hihello',
      'if-you-want-you',
      'long-sentence',
      'long-sentence-free',
      'seq2seq-reverse',
      'sentiment-rnn',
      'sentiment-lstm',
      'sentiment-bilstm',
    ]) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of listExperiments()) {
      expect(e.title.ko.length * e.title.en.length * e.description.en.length).toBeGreaterThan(0);
      expect(e.description.en).not.toContain('\n');
    }
  });

  it('every recurrent configuration passes validation against its own data', async () => {
    for (const e of listExperiments()) {
      if (e.kind !== 'recurrent') continue;
      const d = await e.data();
      expect(validateConfig(e.model!, e.train!, d.split), e.id).toEqual([]);
    }
  });
});

describe('lab core', () => {
  it("ts-naive lands near the notes' 0.020", async () => {
    const r = await runExperiment(getExperiment('ts-naive')!, { createModel, backend: 'cpu' });
    expect(r.valLoss).toBeGreaterThan(0.018);
    expect(r.valLoss).toBeLessThan(0.023);
  });

  it("hihello learns the notes' 'ihello' with Adam lr 0.1 on cpu", async () => {
    const e = withOverrides(getExperiment('hihello')!, { epochs: 60 });
    const r = await runExperiment(e, { createModel, backend: 'cpu' });
    expect(r.state).toBe('done');
    expect(r.extra.prediction).toBe('ihello');
    expect(r.valMetric).toBe(1);
    await r.trainer?.dispose();
  });
});
