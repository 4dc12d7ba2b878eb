import { describe, expect, it } from 'vitest';
import {
  activationCurves,
  formatFromLog10,
  formatValue,
  logDomain,
  loopRows,
  productRows,
  LOG_FLOOR_EXPONENT,
} from './series';

describe('activationCurves', () => {
  it('samples [−6, 6] evenly with the textbook values', () => {
    const curves = activationCurves(121);
    expect(curves.sigmoid[0].x).toBe(-6);
    expect(curves.sigmoid[120].x).toBe(6);
    const atOne = curves.tanh[70];
    expect(atOne.x).toBeCloseTo(1, 12);
    expect(atOne.value).toBeCloseTo(0.7615941559557649, 12); // tanh(1)
    expect(atOne.slope).toBeCloseTo(0.41997434161402614, 12); // sech²(1)
    expect(curves.relu[30].value).toBe(0);
  });
});

describe('productRows', () => {
  it('holds log10 of 0.25^t and of 1 for the best cases', () => {
    const rows = productRows(0, 30);
    expect(rows).toHaveLength(30);
    rows.forEach((r, i) => {
      expect(r.t).toBe(i + 1);
      expect(10 ** r.sigmoidBest).toBeCloseTo(0.25 ** r.t, 15);
      expect(r.tanhBest).toBe(0);
      expect(r.atX.sigmoid).toBeCloseTo(r.sigmoidBest, 12);
    });
  });

  it('marks ReLU′ = 0 for a negative input as log10 = −∞', () => {
    expect(productRows(-1, 3).map((r) => r.atX.relu)).toEqual([-Infinity, -Infinity, -Infinity]);
  });
});

describe('loopRows', () => {
  it('grows ReLU like 0.5·w^t and keeps tanh in (−1, 1)', () => {
    const rows = loopRows(1.5, 20);
    expect(rows).toHaveLength(21);
    for (const r of rows) {
      expect(r.reluState).toBeCloseTo(0.5 * 1.5 ** r.t, 9);
      expect(r.reluGradient).toBeCloseTo(1.5 ** r.t, 9);
      expect(Math.abs(r.tanhState)).toBeLessThan(1);
    }
  });
});

describe('formatting', () => {
  it('writes tiny products from their logarithm', () => {
    expect(formatFromLog10(Math.log10(2 ** -20))).toBe('9.54e−7');
    expect(formatFromLog10(-461 + Math.log10(2.44))).toBe('2.44e−461');
    expect(formatFromLog10(Math.log10(0.015625))).toBe('0.0156');
    expect(formatFromLog10(0)).toBe('1');
    expect(formatFromLog10(-Infinity)).toBe('0');
    // A mantissa that rounds up to 10 moves to the next power.
    expect(formatFromLog10(Math.log10(9.999e-9))).toBe('1.00e−8');
  });

  it('writes plain values with three significant digits and a real minus sign', () => {
    expect(formatValue(-0.7615941559557649)).toBe('−0.762');
    expect(formatValue(1.5 ** 40 * 0.5)).toBe('5.53e6');
    expect(formatValue(0)).toBe('0');
  });

  it('picks a log domain in whole decades that stops at the floor', () => {
    expect(logDomain([-2.3, 0])).toEqual([-4, 1]);
    expect(logDomain([-461, 0, 3.2])).toEqual([LOG_FLOOR_EXPONENT, 5]);
    expect(logDomain([-Infinity])).toEqual([-2, 2]);
  });
});
