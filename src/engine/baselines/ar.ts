/**
 * Autoregressive models and the correlation functions used to choose their order:
 * AR(p) by least squares and by Yule–Walker (Levinson–Durbin), sample ACF and PACF.
 */
import { leastSquares } from './linalg';

export interface ArFit {
  /** c in x(t) = c + Σ φᵢ x(t−i) + ε(t). */
  intercept: number;
  phi: number[];
  /** Process mean μ = c / (1 − Σ φᵢ). */
  mean: number;
  /** Residual variance (sum of squares / number of residuals). */
  sigma2: number;
  /** ε(t) for t = p … n−1. */
  residuals: number[];
}

/** Conditional least squares: regress x(t) on 1, x(t−1), …, x(t−p) for t = p … n−1. */
export function fitArLeastSquares(x: readonly number[], p: number): ArFit {
  const n = x.length - p;
  if (n <= p + 1) throw new Error(`AR(${p}) needs more than ${2 * p + 1} values`);
  const cols = p + 1;
  const design = new Float64Array(n * cols);
  const target = new Float64Array(n);
  for (let t = p; t < x.length; t++) {
    const row = (t - p) * cols;
    design[row] = 1;
    for (let i = 1; i <= p; i++) design[row + i] = x[t - i];
    target[t - p] = x[t];
  }
  const beta = leastSquares(design, target, n, cols, 1);
  const phi = Array.from(beta.subarray(1));
  const residuals: number[] = [];
  for (let t = p; t < x.length; t++) {
    let s = x[t] - beta[0];
    for (let i = 1; i <= p; i++) s -= beta[i] * x[t - i];
    residuals.push(s);
  }
  const sumPhi = phi.reduce((s, v) => s + v, 0);
  return {
    intercept: beta[0],
    phi,
    mean: beta[0] / (1 - sumPhi),
    sigma2: residuals.reduce((s, e) => s + e * e, 0) / residuals.length,
    residuals,
  };
}

/** Biased sample autocovariances γ(0 … maxLag) (divided by n, as statsmodels' acf). */
export function autocovariance(x: readonly number[], maxLag: number): number[] {
  const n = x.length;
  const mean = x.reduce((s, v) => s + v, 0) / n;
  const out: number[] = [];
  for (let k = 0; k <= maxLag; k++) {
    let s = 0;
    for (let t = k; t < n; t++) s += (x[t] - mean) * (x[t - k] - mean);
    out.push(s / n);
  }
  return out;
}

/** Sample autocorrelation ρ(0 … maxLag). */
export function acf(x: readonly number[], maxLag: number): number[] {
  const g = autocovariance(x, maxLag);
  return g.map((v) => v / g[0]);
}

/**
 * Levinson–Durbin recursion on autocovariances γ(0 … p): the Yule–Walker AR(p) coefficients, the
 * partial autocorrelations φₖₖ for k = 1 … p and the innovation variance.
 */
export function levinsonDurbin(
  gamma: readonly number[],
  p: number,
): { phi: number[]; pacf: number[]; sigma2: number } {
  let phi: number[] = [];
  const pacf: number[] = [];
  let v = gamma[0];
  for (let k = 1; k <= p; k++) {
    let num = gamma[k];
    for (let j = 1; j < k; j++) num -= phi[j - 1] * gamma[k - j];
    const kappa = num / v;
    const next = phi.map((pj, j) => pj - kappa * phi[k - j - 2]);
    next.push(kappa);
    phi = next;
    pacf.push(kappa);
    v *= 1 - kappa * kappa;
  }
  return { phi, pacf, sigma2: v };
}

/** PACF φₖₖ for k = 1 … maxLag (Yule–Walker, as statsmodels' pacf(method='ywm')). */
export function pacf(x: readonly number[], maxLag: number): number[] {
  return levinsonDurbin(autocovariance(x, maxLag), maxLag).pacf;
}

/** AR(p) by Yule–Walker: coefficients from the sample autocovariances; mean = sample mean. */
export function fitArYuleWalker(
  x: readonly number[],
  p: number,
): { phi: number[]; mean: number; sigma2: number } {
  const { phi, sigma2 } = levinsonDurbin(autocovariance(x, p), p);
  return { phi, mean: x.reduce((s, v) => s + v, 0) / x.length, sigma2 };
}
