import { describe, expect, it } from 'vitest';
import { compose, halfStats, movingAverage, verdict, type Components } from './compose';

const NONE: Components = {
  trend: 0,
  cycleAmp: 0,
  cyclePeriod: 30,
  seasonAmp: 0,
  noise: 0,
  growth: 0,
  seed: 1,
  n: 120,
};

describe('composing a series from components', () => {
  it('a trend alone is a straight line rising `trend` per 12 months', () => {
    const s = compose({ ...NONE, trend: 1.5 });
    expect(s.total[0]).toBe(0);
    expect(s.total[12]).toBeCloseTo(1.5, 12);
    expect(s.total[119]).toBeCloseTo((1.5 * 119) / 12, 12);
  });

  it('the season repeats every 12 months and the cycle every cyclePeriod months', () => {
    const s = compose({ ...NONE, seasonAmp: 2, cycleAmp: 1, cyclePeriod: 24 });
    for (let t = 0; t + 24 < 120; t++) expect(s.total[t + 24]).toBeCloseTo(s.total[t], 10);
    expect(s.season[3]).toBeCloseTo(2, 12); // sin(π/2) at a quarter of the year
  });

  it('noise is reproducible from the seed and has the chosen spread', () => {
    const a = compose({ ...NONE, noise: 0.5, seed: 9, n: 4000 });
    const b = compose({ ...NONE, noise: 0.5, seed: 9, n: 4000 });
    expect(a.total).toEqual(b.total);
    const sd = Math.sqrt(a.total.reduce((s, v) => s + v * v, 0) / a.total.length);
    expect(sd).toBeGreaterThan(0.47);
    expect(sd).toBeLessThan(0.53);
    expect(compose({ ...NONE, noise: 0.5, seed: 10 }).total).not.toEqual(a.total.slice(0, 120));
  });

  it('a 12-month moving average removes a pure season (a sine sums to zero over its period)', () => {
    const s = compose({ ...NONE, seasonAmp: 3 });
    const m = movingAverage(s.total, 12);
    for (let t = 11; t < 120; t++) expect(Math.abs(m[t])).toBeLessThan(1e-9);
  });

  it('reads noise as regular, a trend as a moving mean and growing noise as moving variance', () => {
    expect(verdict(halfStats(compose({ ...NONE, noise: 1, seed: 3 }).total))).toBe('regular');
    expect(verdict(halfStats(compose({ ...NONE, noise: 1, trend: 1, seed: 3 }).total))).toBe(
      'meanMoves',
    );
    expect(verdict(halfStats(compose({ ...NONE, noise: 1, growth: 3, seed: 3 }).total))).toBe(
      'varianceMoves',
    );
  });

  it('splits into halves with mean and population variance', () => {
    const s = halfStats([1, 3, 10, 14]);
    expect(s.mean).toEqual([2, 12]);
    expect(s.variance).toEqual([1, 4]);
  });
});
