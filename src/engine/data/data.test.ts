import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import {
  addingProblem,
  decode,
  distantRecall,
  generateTimeSeries,
  hello,
  helloBatch,
  hihello,
  ifYouWantYou,
  loadPublicText,
  longSentence,
  LONG_SENTENCE,
  makeSentimentSplit,
  makeSeriesSplit,
  meanSquaredError,
  padSequences,
  parseSentences,
  parseSeriesCsv,
  textWindows,
  tokenize,
} from './index';

describe('generate_time_series', () => {
  it('is seeded and bounded like the notes (|0.5| + |0.2| + 0.05)', () => {
    const a = generateTimeSeries(50, 51, createRng(7));
    const b = generateTimeSeries(50, 51, createRng(7));
    expect(a).toEqual(b);
    expect(Math.max(...a.map(Math.abs))).toBeLessThanOrEqual(0.75);
    expect(generateTimeSeries(50, 51, createRng(8))).not.toEqual(a);
  });

  it("naive forecast on the validation split lands near the notes' 0.0202", () => {
    const { valid } = makeSeriesSplit({ target: 'next', seed: 42 });
    expect(valid.xShape).toEqual([2000, 50, 1]);
    const last = Float32Array.from({ length: 2000 }, (_, i) => valid.x[i * 50 + 49]);
    const mse = meanSquaredError(valid.y, last);
    expect(mse).toBeGreaterThan(0.018);
    expect(mse).toBeLessThan(0.023);
  });

  it('builds seq-to-vector and seq-to-seq targets from the same series', () => {
    const sizes = { train: 20, valid: 5, test: 5 };
    const ahead = makeSeriesSplit({ target: 'ahead', seed: 3, sizes });
    const every = makeSeriesSplit({ target: 'everyStep', seed: 3, sizes });
    expect(ahead.train.yShape).toEqual([20, 10]);
    expect(every.train.yShape).toEqual([20, 50, 10]);
    const i = 4;
    // Y[:, t, k−1] = series[t + k]: at t = T−1 the row equals the 10 values after the input.
    for (let k = 0; k < 10; k++) {
      expect(every.train.y[i * 500 + 49 * 10 + k]).toBe(ahead.train.y[i * 10 + k]);
    }
    // and at t = 0, k = 1 it is the input's second value.
    expect(every.train.y[i * 500]).toBe(every.train.x[i * 50 + 1]);
  });
});

describe('character data', () => {
  it("encodes 'hihello' exactly as the notes", () => {
    const d = hihello();
    expect(Array.from(d.data.x)).toEqual([0, 1, 0, 2, 3, 3]);
    expect(Array.from(d.data.y)).toEqual([1, 0, 2, 3, 3, 4]);
    expect(decode(d.data.y, d.charSet)).toBe('ihello');
  });

  it("'hello' and the batch of three use h, e, l, o", () => {
    expect(decode(hello().data.x, hello().charSet)).toBe('hell');
    const b = helloBatch();
    expect(b.shape).toEqual([3, 5, 4]);
    expect(Array.from(b.x.subarray(0, 8))).toEqual([1, 0, 0, 0, 0, 1, 0, 0]);
  });

  it("' if you want you' is one pair shifted by one", () => {
    const d = ifYouWantYou();
    expect(decode(d.data.x, d.charSet)).toBe(' if you want yo');
    expect(decode(d.data.y, d.charSet)).toBe('if you want you');
  });

  it('cuts the long sentence into len − 10 windows', () => {
    const d = longSentence();
    expect(d.data.xShape).toEqual([LONG_SENTENCE.length - 10, 10]);
    expect(decode(d.data.x.subarray(0, 10), d.charSet)).toBe('if you wan');
    expect(decode(d.data.y.subarray(0, 10), d.charSet)).toBe('f you want');
  });

  it('windows a Moby-Dick chapter', async () => {
    const text = await loadPublicText('data/moby-dick-chapter-1.txt');
    const d = textWindows(text, 40, 20, 48);
    expect(d.charSet.chars.length).toBeLessThanOrEqual(48);
    expect(decode(d.data.x.subarray(0, 20), d.charSet)).toBe('chapter 1. loomings.');
  });
});

describe('sentences', () => {
  it('tokenizes and pads like Keras pad_sequences (pre)', () => {
    expect(tokenize("Don't waste 2 hours -- BAD!")).toEqual([
      "don't",
      'waste',
      '2',
      'hours',
      'bad',
    ]);
    expect(
      Array.from(
        padSequences(
          [
            [5, 6],
            [1, 2, 3, 4],
          ],
          3,
        ),
      ),
    ).toEqual([0, 5, 6, 2, 3, 4]);
  });

  it('splits the 1,000 shipped sentences with a training-only vocabulary', async () => {
    const sentences = parseSentences(await loadPublicText('data/imdb-sentences.json'));
    expect(sentences.length).toBe(1000);
    expect(sentences.filter((s) => s.label === 1).length).toBe(500);
    const d = makeSentimentSplit(sentences, {
      vocabSize: 500,
      maxLen: 20,
      testFraction: 0.2,
      seed: 1,
    });
    expect(d.split.train.xShape).toEqual([800, 20]);
    expect(d.split.valid.xShape).toEqual([200, 20]);
    expect(d.vocab.words.length).toBe(500);
    expect(Math.max(...d.split.train.x)).toBeLessThan(500);
    const again = makeSentimentSplit(sentences, {
      vocabSize: 500,
      maxLen: 20,
      testFraction: 0.2,
      seed: 1,
    });
    expect(again.split.valid.x).toEqual(d.split.valid.x);
  });
});

describe('files and tasks', () => {
  it('reads the shipped series', async () => {
    const sales = parseSeriesCsv(await loadPublicText('data/shampoo-sales.csv'));
    expect(sales.values.length).toBe(36);
    const air = parseSeriesCsv(await loadPublicText('data/air-passengers.csv'));
    expect(air.values.reduce((a, b) => a + b, 0)).toBe(40363);
  });

  it('distant recall puts the answer at t = 0 only', () => {
    const d = distantRecall({ n: 100, length: 30, symbols: 4, noise: 6, seed: 2 });
    for (let i = 0; i < 100; i++) {
      expect(d.x[i * 30]).toBe(d.y[i]);
      for (let t = 1; t < 30; t++) expect(d.x[i * 30 + t]).toBeGreaterThanOrEqual(4);
    }
  });

  it('adding problem: target is the sum of the two marked values', () => {
    const d = addingProblem({ n: 500, length: 20, seed: 5 });
    let constantMse = 0;
    for (let i = 0; i < 500; i++) {
      let s = 0;
      let marks = 0;
      for (let t = 0; t < 20; t++) {
        if (d.x[(i * 20 + t) * 2 + 1] === 1) {
          s += d.x[(i * 20 + t) * 2];
          marks++;
        }
      }
      expect(marks).toBe(2);
      expect(d.y[i]).toBeCloseTo(s, 6);
      constantMse += (d.y[i] - 1) ** 2 / 500;
    }
    expect(constantMse).toBeGreaterThan(0.12);
    expect(constantMse).toBeLessThan(0.21);
  });
});
