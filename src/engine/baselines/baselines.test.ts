import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { makeSeriesSplit } from '../data/timeSeries';
import {
  acf,
  autocovariance,
  fitArLeastSquares,
  fitArYuleWalker,
  fitLinearForecaster,
  isStationary,
  leastSquares,
  levinsonDurbin,
  naiveForecastMse,
  pacf,
  simulateArma,
  solve,
  theoreticalAcf,
} from './index';

describe('forecasting baselines on the synthetic series', () => {
  const split = makeSeriesSplit({ target: 'next', seed: 42 });

  it("naive forecast ≈ the notes' 0.020", () => {
    const mse = naiveForecastMse(split.valid);
    expect(mse).toBeGreaterThan(0.018);
    expect(mse).toBeLessThan(0.023);
  });

  it("least squares on the 50 inputs beats the notes' trained Dense (≈ 0.004)", () => {
    const model = fitLinearForecaster(split.train);
    const mse = model.mse(split.valid);
    expect(mse).toBeLessThan(0.0045);
    expect(mse).toBeGreaterThan(0.001);
    // Least squares: the training residuals are orthogonal to every input column.
    const pred = model.predict(split.train);
    let dot = 0;
    for (let i = 0; i < 7000; i++) dot += (pred[i] - split.train.y[i]) * split.train.x[i * 50 + 49];
    expect(Math.abs(dot / 7000)).toBeLessThan(1e-6);
  });
});

describe('linear algebra', () => {
  it('solves a hand-computed system and an exact regression', () => {
    // 2x + y = 5, x + 3y = 10 → x = 1, y = 3
    expect(Array.from(solve([2, 1, 1, 3], [5, 10], 2))).toEqual(
      [1, 3].map((v) => expect.closeTo(v, 12)),
    );
    // y = 2 − x exactly: least squares returns (2, −1).
    const beta = leastSquares([1, 0, 1, 1, 1, 2, 1, 3], [2, 1, 0, -1], 4, 2, 1);
    expect(beta[0]).toBeCloseTo(2, 10);
    expect(beta[1]).toBeCloseTo(-1, 10);
  });
});

describe('AR models', () => {
  it('AR(1) least squares equals the closed form', () => {
    const x = [1, 2, 1.5, 3, 2.5, 2.8, 3.9];
    const fit = fitArLeastSquares(x, 1);
    const u = x.slice(0, -1);
    const v = x.slice(1);
    const mu = u.reduce((s, a) => s + a, 0) / u.length;
    const mv = v.reduce((s, a) => s + a, 0) / v.length;
    const slope =
      u.reduce((s, a, i) => s + (a - mu) * (v[i] - mv), 0) /
      u.reduce((s, a) => s + (a - mu) ** 2, 0);
    expect(fit.phi[0]).toBeCloseTo(slope, 10);
    expect(fit.intercept).toBeCloseTo(mv - slope * mu, 10);
  });

  it('Levinson–Durbin solves the Yule–Walker (Toeplitz) equations', () => {
    const { x } = simulateArma({ phi: [0.5, -0.3, 0.1], theta: [] }, { n: 500, seed: 1 });
    const g = autocovariance(x, 3);
    const toeplitz = [0, 1, 2].flatMap((i) => [0, 1, 2].map((j) => g[Math.abs(i - j)]));
    const direct = solve(toeplitz, [g[1], g[2], g[3]], 3);
    const ld = levinsonDurbin(g, 3);
    ld.phi.forEach((v, i) => expect(v).toBeCloseTo(direct[i], 10));
    expect(ld.pacf[2]).toBeCloseTo(ld.phi[2], 12);
  });

  it('recovers a simulated AR(2) by least squares and by Yule–Walker', () => {
    const { x } = simulateArma({ phi: [0.6, -0.3], theta: [], constant: 1 }, { n: 5000, seed: 9 });
    const ls = fitArLeastSquares(x, 2);
    const yw = fitArYuleWalker(x, 2);
    for (const phi of [ls.phi, yw.phi]) {
      expect(phi[0]).toBeCloseTo(0.6, 1);
      expect(phi[1]).toBeCloseTo(-0.3, 1);
    }
    expect(ls.mean).toBeCloseTo(1 / 0.7, 1);
    expect(ls.sigma2).toBeCloseTo(1, 1);
  });

  it('sample ACF and PACF of an AR(1) match theory (ρ(k) = φᵏ, φₖₖ = 0 for k > 1)', () => {
    const { x } = simulateArma({ phi: [0.8], theta: [] }, { n: 20000, seed: 4 });
    const r = acf(x, 3);
    const theory = theoreticalAcf({ phi: [0.8], theta: [] }, 3);
    [1, 0.8, 0.64, 0.512].forEach((v, k) => {
      expect(r[k]).toBeCloseTo(v, 1);
      expect(theory[k]).toBeCloseTo(v, 10);
    });
    const p = pacf(x, 3);
    expect(p[0]).toBeCloseTo(0.8, 1);
    expect(Math.abs(p[1])).toBeLessThan(0.03);
  });

  it('MA(1) theoretical ACF is θ / (1 + θ²) at lag 1 and 0 after', () => {
    const t = theoreticalAcf({ phi: [], theta: [0.5] }, 3);
    expect(t[1]).toBeCloseTo(0.4, 10);
    expect(t[2]).toBeCloseTo(0, 10);
  });

  it('simulation is seeded and stationarity is decided by the roots', () => {
    const a = simulateArma({ phi: [0.5], theta: [0.2] }, { n: 50, seed: 3 });
    expect(simulateArma({ phi: [0.5], theta: [0.2] }, { n: 50, seed: 3 })).toEqual(a);
    expect(isStationary([0.5])).toBe(true);
    expect(isStationary([1.1])).toBe(false);
    expect(isStationary([0.5, 0.6])).toBe(false); // φ₁ + φ₂ > 1
    expect(isStationary([1.2, -0.5])).toBe(true);
    expect(isStationary([0.2, 0.9])).toBe(false);
    // An explosive choice stays finite for drawing.
    const wild = simulateArma({ phi: [1.5], theta: [] }, { n: 200, seed: 1 });
    expect(wild.x.every(Number.isFinite)).toBe(true);
    expect(createRng(1).next()).toBeGreaterThanOrEqual(0);
  });
});
