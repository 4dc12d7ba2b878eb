/**
 * The engine's refusals of free running and of an encoder–decoder, as the page says them: every
 * message produced by the engine's own validator reads as a sentence in both languages, with no
 * raw code, unfilled placeholder or internal reason key left in it.
 */
import { describe, expect, it } from 'vitest';
import { ifYouWantYou } from '../../engine/data';
import { reversalModel, reversalSplit } from '../../engine/experiments/seq2seq';
import { validateConfig } from '../../engine/trainer/validate';
import type { DataSplit, EngineMessage, ModelConfig, TrainConfig } from '../../engine/types';
import { messageText } from './messages';

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
const free = { ...train, teacherForcing: false };

function refusals(): EngineMessage[] {
  const shifted = new Int32Array(d.data.x);
  shifted[3] = (shifted[3] + 1) % V;
  const broken: DataSplit = { train: { ...d.data, x: shifted }, valid: d.data };
  const s2s = reversalModel(3, 8, 2);
  const small = reversalSplit(3, 2, { train: 64, valid: 16 });
  return [
    ...validateConfig({ ...model, input: { kind: 'dense', features: V } }, free),
    ...validateConfig({ ...model, head: { ...model.head, kind: 'last' } }, free),
    ...validateConfig({ ...model, head: { ...model.head, units: V + 1 } }, free),
    ...validateConfig({ ...model, layers: [{ ...model.layers[0], bidirectional: true }] }, free),
    ...validateConfig(model, free, broken),
    ...validateConfig(model, { ...train, feedPrediction: 1.5 }, split),
    ...validateConfig({ ...s2s, decoder: { ...s2s.decoder!, startToken: 999 } }, train, small),
    ...validateConfig({ ...s2s, decoder: { ...s2s.decoder!, steps: 0 } }, train, small),
    ...validateConfig({ ...model, timesteps: model.timesteps! + 1, seed: 0.5 }, train, split),
    ...validateConfig({ ...model, head: { ...model.head, activation: 'sigmoid' } }, train),
    ...validateConfig(
      {
        ...model,
        layers: [
          { ...model.layers[0], returnSequences: false },
          { ...model.layers[0], returnSequences: false },
        ],
      },
      train,
    ),
  ];
}

describe('engine refusals in words', () => {
  const messages = refusals();

  it('covers the free-running and encoder–decoder refusals', () => {
    const codes = new Set(messages.map((m) => m.code));
    for (const code of [
      'invalid.freeRunning',
      'invalid.freeRunningData',
      'invalid.feedPrediction',
      'invalid.decoder',
      'invalid.decoderSteps',
      'invalid.dataShape',
      'invalid.seed',
      'invalid.lossHead',
      'invalid.returnSequences',
      'invalid.headNeedsSequence',
    ]) {
      expect(codes).toContain(code);
    }
    const reasons = messages.filter((m) => m.code === 'invalid.freeRunning');
    expect(new Set(reasons.map((m) => m.params?.reason)).size).toBe(4);
  });

  it.each(['en', 'ko'] as const)('says each of them as a sentence in %s', (lang) => {
    for (const m of messages) {
      const text = messageText(m, lang);
      expect(text, m.code).not.toContain(m.code);
      expect(text, m.code).not.toMatch(/[{}]/);
      for (const v of Object.values(m.params ?? {})) {
        if (typeof v === 'string' && /^([a-z]+[A-Z.]|train$|valid$)/.test(v))
          expect(text, m.code).not.toMatch(new RegExp(`(^|[^\\w.])${v}($|[^\\w.])`));
      }
      if (lang === 'ko') expect(text, m.code).toMatch(/[가-힣]/);
    }
  });
});
