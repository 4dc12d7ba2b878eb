import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitPlan, windowCount, windowSeries } from './windowing';

/** Back to the series' own units. */
const raw = (v: ArrayLike<number>, n: { mean: number; std: number }) =>
  Array.from(v, (z) => Math.round((z * n.std + n.mean) * 1e4) / 1e4);

describe('cutting a series into windows', () => {
  const squares = Array.from({ length: 20 }, (_, i) => i * i);

  it('pairs T inputs with the next h values (worked by hand on i²)', () => {
    const r = windowSeries(squares, {
      timesteps: 3,
      horizon: 2,
      target: 'last',
      validFraction: 0.25,
    });
    if (!r.ok) throw new Error(r.message.code);
    // 20 − 3 − 2 + 1 = 16 windows: 4 for validation, a gap of 1, 11 for training.
    expect(r.split.train.xShape).toEqual([11, 3, 1]);
    expect(r.split.valid.xShape).toEqual([4, 3, 1]);
    expect(raw(r.split.train.x.slice(0, 3), r.normalization)).toEqual([0, 1, 4]);
    expect(raw(r.split.train.y.slice(0, 2), r.normalization)).toEqual([9, 16]);
    // The first validation window starts at 12: inputs 144, 169, 196 → targets 225, 256.
    expect(raw(r.split.valid.x.slice(0, 3), r.normalization)).toEqual([144, 169, 196]);
    expect(raw(r.split.valid.y.slice(0, 2), r.normalization)).toEqual([225, 256]);
  });

  it('gives every step its next h values for an every-step head', () => {
    const r = windowSeries(squares, {
      timesteps: 3,
      horizon: 2,
      target: 'everyStep',
      validFraction: 0.25,
    });
    if (!r.ok) throw new Error(r.message.code);
    expect(r.split.train.yShape).toEqual([11, 3, 2]);
    // Window 1 reads 1, 4, 9; after each step come (4, 9), (9, 16), (16, 25).
    expect(raw(r.split.train.y.slice(6, 12), r.normalization)).toEqual([4, 9, 9, 16, 16, 25]);
  });

  it('standardises with the training part only', () => {
    const r = windowSeries(squares, {
      timesteps: 3,
      horizon: 1,
      target: 'last',
      validFraction: 0.25,
    });
    if (!r.ok) throw new Error(r.message.code);
    // 17 windows: 4 validation, 13 training; training windows see values 0² … 15².
    const seen = squares.slice(0, 16);
    const mean = seen.reduce((a, b) => a + b, 0) / 16;
    expect(r.normalization.mean).toBeCloseTo(mean, 10);
    const sd = Math.sqrt(seen.reduce((a, b) => a + (b - mean) ** 2, 0) / 16);
    expect(r.normalization.std).toBeCloseTo(sd, 10);
  });

  it('keeps a constant series finite (SD 0 is read as 1)', () => {
    const r = windowSeries(new Array(30).fill(7), {
      timesteps: 5,
      horizon: 1,
      target: 'last',
      validFraction: 0.2,
    });
    if (!r.ok) throw new Error(r.message.code);
    expect(r.normalization).toEqual({ mean: 7, std: 1 });
    expect(Array.from(r.split.train.x).every((v) => v === 0)).toBe(true);
  });

  it('never lets a validation target be a training target, and uses every window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 300 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 20 }),
        fc.double({ min: 0.1, max: 0.5, noNaN: true }),
        (length, T, h, f) => {
          const plan = splitPlan(length, {
            timesteps: T,
            horizon: h,
            target: 'last',
            validFraction: f,
          });
          if (!plan) return;
          const lastTrainTarget = plan.nTrain - 1 + T + h - 1;
          const firstValidTarget = plan.validStart + T;
          expect(firstValidTarget).toBeGreaterThan(lastTrainTarget);
          expect(plan.validStart + plan.nValid).toBe(windowCount(length, T, h));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('says how long the series must be when it is too short', () => {
    const o = { timesteps: 30, horizon: 5, target: 'last' as const, validFraction: 0.2 };
    const r = windowSeries(squares.concat(squares).slice(0, 38), o);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message.code).toBe('series.tooShort');
    const needed = r.message.params?.needed as number;
    expect(
      windowSeries(
        new Array(needed).fill(0).map((_, i) => i),
        o,
      ).ok,
    ).toBe(true);
    expect(
      windowSeries(
        new Array(needed - 1).fill(0).map((_, i) => i),
        o,
      ).ok,
    ).toBe(false);
  });
});
