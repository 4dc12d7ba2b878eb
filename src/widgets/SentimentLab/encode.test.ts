import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { getExperiment } from '../../engine/experiments';
import { SENTIMENT_OPTIONS, addResult, encodeSentence, sentimentData } from './encode';
import SentimentLab from './SentimentLab';

const json = readFileSync(
  new URL('../../../public/data/imdb-sentences.json', import.meta.url),
  'utf8',
);
const data = sentimentData(json);

describe('sentiment data in the page', () => {
  it('builds exactly the split the worker trains on (the registry’s own data factory)', async () => {
    const worker = await getExperiment('sentiment-lstm')!.data();
    expect(Array.from(data.split.valid.x)).toEqual(Array.from(worker.split.valid.x));
    expect(Array.from(data.split.valid.y)).toEqual(Array.from(worker.split.valid.y));
    expect(data.vocab.words).toEqual(worker.vocab?.words);
  });
  it('splits the 1,000 sentences 800/200 and pads to the registry length', () => {
    expect(data.split.train.xShape).toEqual([800, SENTIMENT_OPTIONS.maxLen]);
    expect(data.split.valid.xShape).toEqual([200, SENTIMENT_OPTIONS.maxLen]);
    expect(data.vocab.words.length).toBe(SENTIMENT_OPTIONS.vocabSize);
    expect(data.vocab.words.slice(0, 2)).toEqual(['<pad>', '<unk>']);
    expect(data.validText.length).toBe(200);
  });
  it('encodes a held-out sentence to the same ids the worker trains on', () => {
    for (const i of [0, 17, 199]) {
      const L = SENTIMENT_OPTIONS.maxLen;
      const e = encodeSentence(data.validText[i], data.vocab, L);
      expect(e.ids).toEqual(Array.from(data.split.valid.x.slice(i * L, (i + 1) * L)));
    }
  });
});

describe('encodeSentence', () => {
  const vocab = {
    words: ['<pad>', '<unk>', 'good', 'movie'],
    index: { '<pad>': 0, '<unk>': 1, good: 2, movie: 3 },
  };
  it('pads in front and marks words outside the vocabulary as id 1', () => {
    const e = encodeSentence('Good movie, splendid!', vocab, 5);
    expect(e.tokens).toEqual(['good', 'movie', 'splendid']);
    expect(e.unknown).toEqual(['splendid']);
    expect(e.ids).toEqual([0, 0, 2, 3, 1]);
    expect(e.truncated).toBe(0);
  });
  it('keeps the last maxLen ids of a long sentence (Keras truncating="pre")', () => {
    const e = encodeSentence('movie good good movie good', vocab, 3);
    expect(e.ids).toEqual([2, 3, 2]);
    expect(e.truncated).toBe(2);
  });
});

describe('addResult', () => {
  it('replaces a run with the same model, epochs and seed and keeps the others', () => {
    const a = { model: 'sentiment-rnn' as const, epochs: 3, seed: 1, accuracy: 0.5 };
    const b = { model: 'sentiment-lstm' as const, epochs: 3, seed: 1, accuracy: 0.7 };
    const list = addResult(addResult([a], b), { ...a, accuracy: 0.6 });
    expect(list).toHaveLength(2);
    expect(list.find((r) => r.model === 'sentiment-rnn')?.accuracy).toBe(0.6);
  });
});

describe('SentimentLab', () => {
  it('renders the buttons, the model choice and the empty results table before training', () => {
    const html = renderToStaticMarkup(createElement(SentimentLab, { id: 'cmp', model: 'nope' }));
    expect(html).toContain('data-testid="sentiment-train"');
    expect(html).toContain('data-testid="sentiment-results"');
    expect(html).toContain('<select');
  });
});
