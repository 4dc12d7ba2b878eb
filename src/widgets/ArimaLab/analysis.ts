/**
 * What the ARIMA lab computes around the engine's fit, as pure functions: the notes' summary of the
 * residuals (pandas `describe()`), their density (pandas `plot(kind='kde')`, i.e. scipy's
 * gaussian_kde with Scott's rule) and the walk-forward split. Runs in the worker and in tests.
 */
import { fitArima, type ArimaOrder } from '../../engine/baselines';

export interface Summary {
  count: number;
  mean: number;
  std: number;
  min: number;
  q25: number;
  q50: number;
  q75: number;
  max: number;
}

/** Quantile with linear interpolation between order statistics (numpy's and pandas' default). */
export function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** pandas `Series.describe()`: the standard deviation with n − 1 in the denominator. */
export function describe(x: readonly number[]): Summary {
  const n = x.length;
  const mean = x.reduce((s, v) => s + v, 0) / n;
  const std = Math.sqrt(x.reduce((s, v) => s + (v - mean) ** 2, 0) / Math.max(1, n - 1));
  const sorted = [...x].sort((a, b) => a - b);
  return {
    count: n,
    mean,
    std,
    min: sorted[0],
    q25: quantile(sorted, 0.25),
    q50: quantile(sorted, 0.5),
    q75: quantile(sorted, 0.75),
    max: sorted[n - 1],
  };
}

/** Scott's rule, as scipy's gaussian_kde: bandwidth n^(−1/5) · std (n − 1 in the std). */
export function scottBandwidth(x: readonly number[]): number {
  return Math.pow(x.length, -1 / 5) * describe(x).std || 1;
}

/** Gaussian kernel density estimate of `data` at each value of `at`. */
export function kdeAt(data: readonly number[], at: readonly number[]): number[] {
  const h = scottBandwidth(data);
  const norm = 1 / (data.length * h * Math.sqrt(2 * Math.PI));
  return at.map((g) => data.reduce((s, v) => s + Math.exp(-0.5 * ((g - v) / h) ** 2), 0) * norm);
}

/** The density on `points` evenly spaced values over [min − range/2, max + range/2] (pandas). */
export function kde(x: readonly number[], points = 200): { x: number; y: number }[] {
  const { min, max } = describe(x);
  const range = max - min || 1;
  const lo = min - range / 2;
  const grid = Array.from({ length: points }, (_, i) => lo + (2 * range * i) / (points - 1));
  const y = kdeAt(x, grid);
  return grid.map((g, i) => ({ x: g, y: y[i] }));
}

/**
 * Orders that took from several seconds to over 20 s per fit on the sales series in Node (measured
 * over p ≤ 5, d ≤ 2, q ≤ 2): undifferenced fits with two or more coefficients (the trend pushes
 * the AR part to the stationarity edge), over-differenced fits with an MA part (pushed to the
 * invertibility edge), and the largest models. Elsewhere a fit took at most a few seconds.
 */
export function isSlowOrder({ p, d, q }: ArimaOrder): boolean {
  return (d === 0 && p + q >= 2) || (d === 2 && q >= 1) || p + q >= 6;
}

/** The notes' split: the first int(0.66 · n) values train, the rest are forecast one at a time. */
export function trainSize(n: number): number {
  return Math.floor(n * 0.66);
}

/** The one-step forecast of value `t` from values 0 … t − 1, refitting on them (walk-forward). */
export function rollingStep(series: readonly number[], t: number, order: ArimaOrder): number {
  return fitArima(series.slice(0, t), order).forecast(1)[0];
}

export function mse(actual: readonly number[], predicted: readonly number[]): number {
  return actual.reduce((s, y, i) => s + (y - predicted[i]) ** 2, 0) / actual.length;
}

/** Plain-data result of a fit, sent from the worker to the page. */
export interface FitResult {
  mean: number;
  phi: number[];
  theta: number[];
  sigma2: number;
  logLik: number;
  aic: number;
  bic: number;
  residuals: number[];
}

export function fitSummary(series: readonly number[], order: ArimaOrder): FitResult {
  const f = fitArima(series, order);
  return {
    mean: f.mean,
    phi: f.phi,
    theta: f.theta,
    sigma2: f.sigma2,
    logLik: f.logLik,
    aic: f.aic,
    bic: f.bic,
    residuals: f.residuals,
  };
}

/** Messages between the page and arima.worker.ts. */
export type ArimaRequest =
  | { kind: 'fit'; series: number[]; order: ArimaOrder }
  | { kind: 'rolling'; series: number[]; order: ArimaOrder };

export type ArimaReply =
  | { kind: 'fit'; result: FitResult }
  | { kind: 'step'; index: number; prediction: number }
  | { kind: 'done' }
  | { kind: 'error'; message: string };
