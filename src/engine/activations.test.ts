import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  activate,
  derivative,
  derivativeProduct,
  log10DerivativeProduct,
  recurrentLoop,
  relu,
  sigmoid,
  sigmoidDerivative,
  tanh,
  tanhDerivative,
} from './activations';

/** Evenly spaced points from a to b inclusive. */
function grid(a: number, b: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));
}

const EPS = 1e-5;
const central = (f: (x: number) => number, x: number) => (f(x + EPS) - f(x - EPS)) / (2 * EPS);

describe('activations', () => {
  it('match their textbook definitions', () => {
    for (const x of grid(-6, 6, 49)) {
      expect(sigmoid(x)).toBeCloseTo(1 / (1 + Math.exp(-x)), 14);
      expect(tanh(x)).toBeCloseTo((Math.exp(x) - Math.exp(-x)) / (Math.exp(x) + Math.exp(-x)), 12);
      expect(relu(x)).toBe(Math.max(0, x));
    }
  });

  it('keep sigmoid finite far from zero, where 1/(1+e^(−x)) would overflow', () => {
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(800)).toBe(1);
    expect(Number.isNaN(sigmoidDerivative(-800))).toBe(false);
  });

  it('have derivatives that agree with central finite differences', () => {
    for (const fn of ACTIVATIONS) {
      // ReLU has a kink at 0: sample points that keep x ± EPS on one side.
      for (const x of grid(-6, 6, 50)) {
        const numeric = central((v) => activate(fn, v), x);
        expect(derivative(fn, x)).toBeCloseTo(numeric, 8);
      }
    }
  });

  it('satisfy tanh(x) = 2σ(2x) − 1', () => {
    for (const x of grid(-6, 6, 121)) {
      expect(tanh(x)).toBeCloseTo(2 * sigmoid(2 * x) - 1, 14);
    }
  });

  it('respect σ′ ≤ 1/4 and tanh′ ≤ 1, with the maximum at x = 0', () => {
    for (const x of grid(-10, 10, 2001)) {
      expect(sigmoidDerivative(x)).toBeLessThanOrEqual(0.25);
      expect(tanhDerivative(x)).toBeLessThanOrEqual(1);
    }
    expect(sigmoidDerivative(0)).toBe(0.25);
    expect(tanhDerivative(0)).toBe(1);
  });
});

describe('derivativeProduct', () => {
  it('gives the best cases 0.25^T for sigmoid and 1 for tanh at x = 0', () => {
    // 0.25^10 = 2^-20 exactly.
    expect(derivativeProduct('sigmoid', 0, 10)).toBe(9.5367431640625e-7);
    expect(derivativeProduct('tanh', 0, 100)).toBe(1);
  });

  it('equals a running product of T derivatives', () => {
    for (const fn of ACTIVATIONS) {
      for (const x of [-2.5, -0.3, 0.7, 3]) {
        let running = 1;
        for (let T = 1; T <= 30; T++) {
          running *= derivative(fn, x);
          expect(derivativeProduct(fn, x, T)).toBeCloseTo(running, 12);
        }
      }
    }
  });

  it('has a log10 form that agrees where the product does not underflow, and survives where it does', () => {
    expect(log10DerivativeProduct('sigmoid', 1.5, 20)).toBeCloseTo(
      Math.log10(derivativeProduct('sigmoid', 1.5, 20)),
      9,
    );
    // tanh′(6)^100 ≈ 10^-461 is below the smallest double; its logarithm is not.
    expect(derivativeProduct('tanh', 6, 100)).toBe(0);
    expect(log10DerivativeProduct('tanh', 6, 100)).toBeCloseTo(
      100 * Math.log10(tanhDerivative(6)),
      9,
    );
    expect(log10DerivativeProduct('relu', -1, 5)).toBe(-Infinity);
  });
});

describe('recurrentLoop', () => {
  it('lets ReLU with w > 1 blow up like w^t while tanh stays inside (−1, 1)', () => {
    const reluRun = recurrentLoop('relu', 1.5, 1, 40);
    reluRun.states.forEach((h, t) => expect(h).toBeCloseTo(1.5 ** t, 6));
    reluRun.gradients.forEach((g, t) => expect(g).toBeCloseTo(1.5 ** t, 6));
    const tanhRun = recurrentLoop('tanh', 1.5, 1, 40);
    for (const h of tanhRun.states.slice(1)) expect(Math.abs(h)).toBeLessThan(1);
  });

  it('carries ∂h(T)/∂h(0) that matches a finite difference in h(0)', () => {
    for (const fn of ACTIVATIONS) {
      for (const [w, h0] of [
        [0.8, 0.6],
        [1.3, 0.4],
        [2, -0.7],
      ]) {
        const T = 12;
        const final = (start: number) => recurrentLoop(fn, w, start, T).states[T];
        const numeric = central(final, h0);
        expect(recurrentLoop(fn, w, h0, T).gradients[T]).toBeCloseTo(numeric, 5);
      }
    }
  });
});
