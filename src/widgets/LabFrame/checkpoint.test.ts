import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getExperiment } from '../../engine/experiments';
import { createModel } from '../../engine/model';
import { decodeCheckpoint } from '../../engine/trainer/checkpoint';
import { labSchema, modelFor } from '../TrainingLab/settings';
import { SENTIMENT_OPTIONS, encodeSentence, sentimentData } from '../SentimentLab/encode';
import {
  PRETRAINED,
  checkpointFolder,
  continuedHistory,
  epochRows,
  fitsCheckpoint,
  formatMetric,
  parseCheckpoint,
  type CheckpointInfo,
} from './checkpoint';

const publicFile = (path: string) => new URL(`../../../public/${path}`, import.meta.url);
const read = (id: string) => readFileSync(publicFile(`${checkpointFolder(id)}model.json`), 'utf8');
const weightsOf = (id: string) => {
  const b = readFileSync(publicFile(`${checkpointFolder(id)}weights.bin`));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
};
const shipped = PRETRAINED.filter((id) =>
  existsSync(publicFile(`${checkpointFolder(id)}model.json`)),
);

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Loads a shipped checkpoint into the engine's own model. */
function load(id: string) {
  const { meta, weights } = decodeCheckpoint(read(id), weightsOf(id));
  const model = createModel(meta.model);
  model.setWeights(weights);
  return { meta, model };
}

describe('shipped checkpoints', () => {
  it('ships one for every listed experiment, each small enough to load on a phone', () => {
    expect(shipped).toEqual([...PRETRAINED]);
    for (const id of shipped) {
      const bytes = statSync(publicFile(`${checkpointFolder(id)}weights.bin`)).size;
      expect(bytes, id).toBeLessThan(400_000);
      const info = parseCheckpoint(read(id), id);
      expect(info.epochs, id).toBeGreaterThan(0);
      expect(epochRows(info).length, id).toBe(info.epochs);
      // The saved figure is the last epoch's validation figure of the saved history.
      expect(epochRows(info).at(-1)?.valMetric, id).toBeCloseTo(info.valMetric, 10);
    }
  });

  it('were saved from the registry’s own networks, so a lab at its defaults fits them', () => {
    for (const id of shipped) {
      const info = parseCheckpoint(read(id), id);
      const e = getExperiment(id)!;
      expect(fitsCheckpoint(e.model!, undefined, info.model), id).toBe(true);
      // TrainingLab sends its whole model; at the experiment's defaults it is the same network.
      const schema = labSchema(e.model!, e.train!);
      const defaults = Object.fromEntries(
        Object.entries(schema).map(([k, v]) => [k, v.default]),
      ) as Parameters<typeof modelFor>[1];
      expect(fitsCheckpoint(e.model!, modelFor(e.model!, defaults), info.model), id).toBe(true);
      expect(fitsCheckpoint(e.model!, { ...e.model!, seed: 12345 }, info.model), id).toBe(false);
    }
  });

  it('refuses a file of another experiment', () => {
    expect(() => parseCheckpoint(read('sentiment-lstm'), 'sentiment-rnn')).toThrow(
      /not a checkpoint/,
    );
    expect(() => parseCheckpoint('{"format":"other"}', 'x')).toThrow();
  });

  it('give back the saved validation figure when loaded into the engine (sentiment LSTM)', async () => {
    const { meta, model } = load('sentiment-lstm');
    const d = await getExperiment('sentiment-lstm')!.data();
    const valid = d.split.valid;
    const x = tf.tensor(Array.from(valid.x), valid.xShape, 'int32');
    const y = tf.tensor(Array.from(valid.y), valid.yShape);
    const r = model.evaluate(x, y, meta.train.loss, meta.train.metric, 64);
    tf.dispose([x, y]);
    model.dispose();
    expect(r.metric).toBeCloseTo(meta.result.valMetric, 6);
    expect(r.loss).toBeCloseTo(meta.result.valLoss, 3);
  });

  it('rate a plainly positive typed sentence above a plainly negative one (sentiment LSTM)', () => {
    const data = sentimentData(readFileSync(publicFile('data/imdb-sentences.json'), 'utf8'));
    const { model } = load('sentiment-lstm');
    const rate = (text: string) =>
      tf.tidy(() => {
        const { ids } = encodeSentence(text, data.vocab, SENTIMENT_OPTIONS.maxLen);
        const x = tf.tensor([ids], [1, SENTIMENT_OPTIONS.maxLen], 'int32');
        return model.predict(x).dataSync()[0];
      });
    const good = rate(POSITIVE);
    const bad = rate(NEGATIVE);
    model.dispose();
    expect(good).toBeGreaterThan(0.5);
    expect(bad).toBeLessThan(0.5);
  });
});

/** The sentences the e2e test types too. */
export const POSITIVE = 'A wonderful film, I loved it and the acting was great.';
export const NEGATIVE = 'A terrible film, boring and the worst acting I have seen.';

describe('continued history', () => {
  const info: CheckpointInfo = {
    id: 'x',
    model: getExperiment('ts-deep-rnn')!.model!,
    train: getExperiment('ts-deep-rnn')!.train!,
    epochs: 2,
    valLoss: 0.1,
    valMetric: 0.1,
    history: [
      { step: 10, epoch: 1, loss: 0.5, valLoss: 0.2, valMetric: 0.2 },
      { step: 20, epoch: 2, loss: 0.3, valLoss: 0.1, valMetric: 0.1 },
    ],
  };
  it('counts the continued run’s steps and epochs on from the checkpoint', () => {
    const h = continuedHistory(info, [{ step: 5, epoch: 0.5, loss: 0.25 }]);
    expect(h.map((p) => [p.step, p.epoch])).toEqual([
      [10, 1],
      [20, 2],
      [25, 2.5],
    ]);
  });
  it('formats accuracy and errors the way the labs print them', () => {
    expect(formatMetric('accuracy', 0.75)).toBe('0.750');
    expect(formatMetric('mse', 0.0030171)).toBe('0.00302');
  });
});
