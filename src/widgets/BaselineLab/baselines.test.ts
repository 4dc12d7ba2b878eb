import { describe, expect, it } from 'vitest';
import { NOTES_NAIVE_MSE, computeBaselines, example } from './baselines';

describe("the notes' baselines, computed here", () => {
  const r = computeBaselines(42, 50);

  it('naive validation MSE lands near the notes’ 0.0202 (their data came from numpy)', () => {
    expect(Math.abs(r.naive.valid - NOTES_NAIVE_MSE)).toBeLessThan(0.002);
    expect(Math.abs(r.naive.test - NOTES_NAIVE_MSE)).toBeLessThan(0.003);
  });

  it('the linear model does several times better, at or below the trained Dense’s ≈ 0.004', () => {
    expect(r.linear.valid).toBeLessThan(0.0045);
    expect(r.linear.valid).toBeGreaterThan(0.001);
    expect(r.naive.valid / r.linear.valid).toBeGreaterThan(4);
  });

  it('the naive forecast is the last input, and the stored predictions give the reported MSE', () => {
    const e = example(r, 5);
    expect(e.naive).toBe(e.x[49]);
    let naive = 0;
    let linear = 0;
    for (let i = 0; i < 2000; i++) {
      const ex = example(r, i);
      naive += (ex.naive - ex.target) ** 2;
      linear += (ex.linear - ex.target) ** 2;
    }
    expect(naive / 2000).toBeCloseTo(r.naive.valid, 6);
    expect(linear / 2000).toBeCloseTo(r.linear.valid, 6);
    expect(r.weights.length).toBe(51);
  });
});
