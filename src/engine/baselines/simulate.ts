/**
 * Seeded AR / MA / ARMA simulation for the lessons' coefficient sliders:
 * x(t) = c + Σ φᵢ x(t−i) + ε(t) + Σ θⱼ ε(t−j), ε ~ N(0, σ²).
 */
import { createRng } from '../rng';

export interface ArmaSpec {
  phi: number[];
  theta: number[];
  /** Constant c (not the mean; the mean is c / (1 − Σφ) when stationary). */
  constant?: number;
  sigma?: number;
}

export interface SimulateOptions {
  n: number;
  seed: number;
  /** Steps run and discarded first, so the start-up from zeros does not show. */
  burnIn?: number;
}

/** Returns the series and the shocks ε that drove it (same length). */
export function simulateArma(
  spec: ArmaSpec,
  options: SimulateOptions,
): { x: number[]; shocks: number[] } {
  const rng = createRng(options.seed);
  const burn = options.burnIn ?? 100;
  const sigma = spec.sigma ?? 1;
  const c = spec.constant ?? 0;
  const total = burn + options.n;
  const x = new Array<number>(total).fill(0);
  const e = new Array<number>(total).fill(0);
  for (let t = 0; t < total; t++) {
    e[t] = sigma * rng.normal();
    let v = c + e[t];
    spec.phi.forEach((f, i) => (v += t - i - 1 >= 0 ? f * x[t - i - 1] : 0));
    spec.theta.forEach((th, j) => (v += t - j - 1 >= 0 ? th * e[t - j - 1] : 0));
    // A non-stationary choice of φ explodes; clamp so a slider never yields Infinity on screen.
    x[t] = Math.max(-1e6, Math.min(1e6, v));
  }
  return { x: x.slice(burn), shocks: e.slice(burn) };
}

/**
 * Stationarity of φ: every root of 1 − φ₁z − … − φₚzᵖ lies outside the unit circle, checked with the
 * Schur–Cohn (reverse Levinson) step-down: all reflection coefficients strictly inside (−1, 1).
 */
export function isStationary(phi: readonly number[]): boolean {
  let a = [...phi];
  for (let k = a.length; k >= 1; k--) {
    const kappa = a[k - 1];
    if (!(Math.abs(kappa) < 1)) return false;
    const next: number[] = [];
    for (let j = 0; j < k - 1; j++) next.push((a[j] + kappa * a[k - 2 - j]) / (1 - kappa * kappa));
    a = next;
  }
  return true;
}

/** Theoretical ACF of an ARMA process up to maxLag, from its MA(∞) weights ψ (truncated at 500). */
export function theoreticalAcf(spec: ArmaSpec, maxLag: number): number[] {
  const terms = 500;
  const psi = [1];
  for (let j = 1; j < terms; j++) {
    let v = spec.theta[j - 1] ?? 0;
    spec.phi.forEach((f, i) => (v += j - i - 1 >= 0 ? f * psi[j - i - 1] : 0));
    psi.push(v);
  }
  const gamma = (k: number) => {
    let s = 0;
    for (let j = 0; j + k < terms; j++) s += psi[j] * psi[j + k];
    return s;
  };
  const g0 = gamma(0);
  return Array.from({ length: maxLag + 1 }, (_, k) => gamma(k) / g0);
}
