import { describe, expect, it } from 'vitest';
import { isStationary } from '../../engine/baselines';
import { coefficients, formula, inStationaryTriangle, modelName, simulate } from './model';

const BASE = { p: 1, q: 0, phi1: 0.6, phi2: -0.2, theta1: 0.5, theta2: 0.2, seed: 7 };

describe('ARMA simulator model', () => {
  it('uses only the coefficients of the chosen orders', () => {
    expect(coefficients({ ...BASE, p: 2, q: 1 })).toEqual({ phi: [0.6, -0.2], theta: [0.5] });
    expect(coefficients({ ...BASE, p: 0, q: 0 })).toEqual({ phi: [], theta: [] });
  });

  it('names and writes out the model', () => {
    expect(modelName(2, 0)).toBe('AR(2)');
    expect(modelName(0, 1)).toBe('MA(1)');
    expect(modelName(1, 2)).toBe('ARMA(1,2)');
    expect(modelName(0, 0)).toBe('ARMA(0,0)');
    expect(formula([0.6, -0.2], [0.5])).toBe(
      'Z(t) = 0.60·Z(t−1) − 0.20·Z(t−2) + a(t) + 0.50·a(t−1)',
    );
    expect(formula([], [-0.4])).toBe('Z(t) = a(t) − 0.40·a(t−1)');
  });

  it("agrees with the engine's stationarity test on a grid of AR(1) and AR(2)", () => {
    for (let a = -2; a <= 2.001; a += 0.15) {
      expect(isStationary([a])).toBe(inStationaryTriangle([a]));
      for (let b = -1.5; b <= 1.501; b += 0.15) {
        expect(isStationary([a, b])).toBe(inStationaryTriangle([a, b]));
      }
    }
  });

  it('AR(1): the model ACF is Φᵏ and the sample follows it', () => {
    const s = simulate(BASE);
    expect(s.stationary).toBe(true);
    s.theory?.slice(0, 5).forEach((r, k) => expect(r).toBeCloseTo(0.6 ** k, 6));
    expect(Math.abs(s.sampleAcf[1] - 0.6)).toBeLessThan(0.2);
  });

  it('MA(1): ρ₁ = θ/(1 + θ²) and zero beyond lag 1', () => {
    const s = simulate({ ...BASE, p: 0, q: 1 });
    expect(s.theory?.[1]).toBeCloseTo(0.5 / 1.25, 6);
    expect(s.theory?.[2]).toBeCloseTo(0, 6);
  });

  it('an explosive AR(1) is flagged and has no model ACF', () => {
    const s = simulate({ ...BASE, phi1: 1.2 });
    expect(s.stationary).toBe(false);
    expect(s.theory).toBeNull();
    expect(Math.max(...s.x.map(Math.abs))).toBeGreaterThan(1e3);
  });
});
