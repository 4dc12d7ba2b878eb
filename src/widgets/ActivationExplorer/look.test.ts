import { describe, expect, it } from 'vitest';
import { intTicks, logTicks, pow10Label } from './look';

describe('log axis helpers', () => {
  it('writes powers of ten with superscript digits', () => {
    expect(pow10Label(0)).toBe('10⁰');
    expect(pow10Label(5)).toBe('10⁵');
    expect(pow10Label(-20)).toBe('10⁻²⁰');
  });

  it('puts at most six whole decades on a log axis, including the ends when they fit', () => {
    expect(logTicks([-4, 1])).toEqual([-4, -3, -2, -1, 0, 1]);
    expect(logTicks([-16, 1])).toEqual([-15, -10, -5, 0]);
    expect(logTicks([-100, 5])).toEqual([-100, -80, -60, -40, -20, 0]);
    for (const domain of [
      [-3, 2],
      [-61, 1],
      [-100, 32],
    ] as [number, number][]) {
      const ticks = logTicks(domain);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(7);
      for (const t of ticks) {
        expect(Number.isInteger(t)).toBe(true);
        expect(t).toBeGreaterThanOrEqual(domain[0]);
        expect(t).toBeLessThanOrEqual(domain[1]);
      }
    }
  });

  it('gives whole-number step ticks even on a short axis', () => {
    expect(intTicks([1, 2])).toEqual([1, 2]);
    expect(intTicks([0, 100])).toEqual([0, 20, 40, 60, 80, 100]);
  });
});
