import { describe, expect, it } from 'vitest';
import {
  CHANCE,
  NOISE,
  SYMBOLS,
  TRAIN_SIZE,
  VALID_SIZE,
  firstSymbolTask,
  recallSpec,
  verdict,
} from './recall';

describe('firstSymbolTask', () => {
  const d = firstSymbolTask(500, 12, 3);
  it('labels each sequence with its first symbol', () => {
    for (let i = 0; i < 500; i++) expect(d.y[i]).toBe(d.x[i * 12]);
    expect(d.xShape).toEqual([500, 12]);
    expect(d.yShape).toEqual([500]);
  });
  it('draws the gap from the whole alphabet, answer symbols included', () => {
    const counts = new Array(SYMBOLS + NOISE).fill(0);
    for (let i = 0; i < 500; i++) for (let t = 1; t < 12; t++) counts[d.x[i * 12 + t]]++;
    // 5,500 uniform draws over 10 ids: each near 550; every answer id shows up as a distractor.
    for (const c of counts) expect(Math.abs(c - 550)).toBeLessThan(120);
    const answers = new Array(SYMBOLS).fill(0);
    for (let i = 0; i < 500; i++) answers[d.y[i]]++;
    for (const c of answers) expect(c).toBeGreaterThan(80);
  });
  it('is reproducible from its seed', () => {
    expect(firstSymbolTask(20, 6, 9).x).toEqual(firstSymbolTask(20, 6, 9).x);
    expect(firstSymbolTask(20, 6, 9).x).not.toEqual(firstSymbolTask(20, 6, 10).x);
  });
});

describe('recallSpec', () => {
  it('builds a one-hot model over the alphabet and separate train/validation draws', () => {
    const spec = recallSpec('simpleRnn', 20, 3, 1);
    if (!('data' in spec)) throw new Error('expected a custom spec');
    expect(spec.model.input).toEqual({ kind: 'oneHot', vocabSize: SYMBOLS + NOISE });
    expect(spec.model.timesteps).toBe(20);
    expect(spec.model.head.units).toBe(SYMBOLS);
    expect(spec.train.epochs).toBe(3);
    expect(spec.data.train.xShape).toEqual([TRAIN_SIZE, 20]);
    expect(spec.data.valid.xShape).toEqual([VALID_SIZE, 20]);
    expect(spec.data.train.x.slice(0, 20)).not.toEqual(spec.data.valid.x.slice(0, 20));
  });
});

describe('verdict', () => {
  it('calls an accuracy learned only 3 binomial standard deviations above chance', () => {
    // n = 400: sd = sqrt(0.25 · 0.75 / 400) ≈ 0.0217, threshold ≈ 0.315.
    expect(CHANCE).toBe(0.25);
    expect(verdict(0.3)).toBe('chance');
    expect(verdict(0.32)).toBe('learned');
    expect(verdict(1)).toBe('learned');
  });
});
