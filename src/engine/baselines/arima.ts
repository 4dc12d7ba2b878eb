/**
 * ARIMA(p, d, q) the way statsmodels' `ARIMA(...).fit()` (method 'css-mle', the notes' call) does
 * it: difference d times, take the conditional-sum-of-squares fit as a start, then maximise the
 * exact Gaussian likelihood of the ARMA(p, q) model with a mean, computed by a Kalman filter in
 * Harvey's state-space form with the stationary initial covariance. Parameters are optimised in the
 * unconstrained space of Jones (1980), so every candidate is stationary and invertible.
 *
 * Convention (statsmodels): w(t) − μ = Σ φᵢ (w(t−i) − μ) + ε(t) + Σ θⱼ ε(t−j).
 */
import { solve } from './linalg';
import { nelderMead } from './nelderMead';
import { fitArLeastSquares } from './ar';

export interface ArimaOrder {
  p: number;
  d: number;
  q: number;
}

export type ArimaMethod = 'css' | 'css-mle';

export interface ArimaFit {
  order: ArimaOrder;
  method: ArimaMethod;
  /** μ: mean of the d-times differenced series (statsmodels' `const`). */
  mean: number;
  phi: number[];
  theta: number[];
  /** Innovation variance σ² (statsmodels' "S.D. of innovations" is √σ²). */
  sigma2: number;
  /** Exact log-likelihood (css-mle) or the conditional one (css). */
  logLik: number;
  /** −2 logL + 2 (p + q + 2), counting μ and σ² as statsmodels' ARIMA did. */
  aic: number;
  bic: number;
  /** One-step prediction errors on the differenced series (length n − d). */
  residuals: number[];
  /** Forecasts of the original (undifferenced) series for the next `steps` periods. */
  forecast(steps: number): number[];
}

/** ∇ᵈ x: differences of order d. */
export function difference(x: readonly number[], d: number): number[] {
  let w = [...x];
  for (let k = 0; k < d; k++) w = w.slice(1).map((v, i) => v - w[i]);
  return w;
}

/** Jones (1980) / statsmodels `_ar_transparams`: unconstrained → stationary AR coefficients. */
export function arTransform(u: readonly number[]): number[] {
  const out = u.map((v) => Math.tanh(v / 2));
  const tmp = [...out];
  for (let j = 1; j < out.length; j++) {
    const a = out[j];
    for (let k = 0; k < j; k++) tmp[k] -= a * out[j - k - 1];
    for (let k = 0; k < j; k++) out[k] = tmp[k];
  }
  return out;
}

/** Inverse of `arTransform` (statsmodels `_ar_invtransparams`). */
export function arInverseTransform(phi: readonly number[]): number[] {
  const params = [...phi];
  const tmp = [...phi];
  for (let j = params.length - 1; j > 0; j--) {
    const a = params[j];
    for (let k = 0; k < j; k++) tmp[k] = (params[k] + a * params[j - k - 1]) / (1 - a * a);
    for (let k = 0; k < j; k++) params[k] = tmp[k];
  }
  return params.map((v) => 2 * Math.atanh(Math.max(-0.999999, Math.min(0.999999, v))));
}

/** The MA counterpart (statsmodels `_ma_transparams`): unconstrained → invertible θ. */
export function maTransform(u: readonly number[]): number[] {
  const out = u.map((v) => Math.tanh(v / 2));
  const tmp = [...out];
  for (let j = 1; j < out.length; j++) {
    const b = out[j];
    for (let k = 0; k < j; k++) tmp[k] += b * out[j - k - 1];
    for (let k = 0; k < j; k++) out[k] = tmp[k];
  }
  return out;
}

export function maInverseTransform(theta: readonly number[]): number[] {
  const params = [...theta];
  const tmp = [...theta];
  for (let j = params.length - 1; j > 0; j--) {
    const b = params[j];
    for (let k = 0; k < j; k++) tmp[k] = (params[k] - b * params[j - k - 1]) / (1 - b * b);
    for (let k = 0; k < j; k++) params[k] = tmp[k];
  }
  return params.map((v) => 2 * Math.atanh(Math.max(-0.999999, Math.min(0.999999, v))));
}

/** Conditional residuals: ε(t) for t ≥ p with ε before p taken as 0; sum of squares. */
export function cssResiduals(
  w: readonly number[],
  mean: number,
  phi: readonly number[],
  theta: readonly number[],
): number[] {
  const p = phi.length;
  const e = new Array<number>(w.length).fill(0);
  for (let t = p; t < w.length; t++) {
    let s = w[t] - mean;
    for (let i = 0; i < p; i++) s -= phi[i] * (w[t - i - 1] - mean);
    for (let j = 0; j < theta.length; j++) if (t - j - 1 >= p) s -= theta[j] * e[t - j - 1];
    e[t] = s;
  }
  return e.slice(p);
}

interface KalmanResult {
  /** Innovations v(t) = w(t) − E[w(t) | past]. */
  innovations: number[];
  /** F(t) = Var(v(t)) / σ². */
  variances: number[];
  /** Filtered state after the last observation, predicted one step on. */
  state: number[];
  transition: number[][];
}

/**
 * Kalman filter of a zero-mean ARMA(p, q) in Harvey's form: state dimension r = max(p, q + 1),
 * T = [φ | I; 0], R = [1, θ₁, …, θᵣ₋₁]ᵀ, Z = e₁. P₀ solves P = T P Tᵀ + R Rᵀ (σ² = 1).
 */
function kalman(
  w: readonly number[],
  phi: readonly number[],
  theta: readonly number[],
): KalmanResult {
  const r = Math.max(phi.length, theta.length + 1);
  const T = Array.from({ length: r }, (_, i) =>
    Array.from({ length: r }, (_, j) => (j === 0 ? (phi[i] ?? 0) : j === i + 1 ? 1 : 0)),
  );
  const R = Array.from({ length: r }, (_, i) => (i === 0 ? 1 : (theta[i - 1] ?? 0)));
  // vec(P) = (I − T ⊗ T)⁻¹ vec(R Rᵀ)
  const r2 = r * r;
  const A = new Float64Array(r2 * r2);
  const b = new Float64Array(r2);
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < r; j++) {
      const row = i * r + j;
      b[row] = R[i] * R[j];
      for (let k = 0; k < r; k++)
        for (let l = 0; l < r; l++) A[row * r2 + k * r + l] = -T[i][k] * T[j][l];
      A[row * r2 + row] += 1;
    }
  }
  const p0 = solve(A, b, r2);
  let P = Array.from({ length: r }, (_, i) => Array.from({ length: r }, (_, j) => p0[i * r + j]));
  let a = new Array<number>(r).fill(0);
  const innovations: number[] = [];
  const variances: number[] = [];
  // Once P stops changing (the filter reached its steady state, after p steps for a pure AR) the
  // gain is constant and the covariance update can be skipped.
  let steady = false;
  for (const y of w) {
    const v = y - a[0];
    const F = P[0][0];
    innovations.push(v);
    variances.push(F);
    const K = P.map((row) => row[0] / F);
    const au = a.map((ai, i) => ai + K[i] * v);
    a = T.map((row) => row.reduce((s, tij, j) => s + tij * au[j], 0));
    if (steady) continue;
    const Pu = P.map((row, i) => row.map((pij, j) => pij - K[i] * P[0][j]));
    const TP = T.map((row) =>
      Pu[0].map((_, j) => row.reduce((s, tik, k) => s + tik * Pu[k][j], 0)),
    );
    const next = TP.map((row, i) =>
      T.map((tj, j) => row.reduce((s, v2, k) => s + v2 * tj[k], 0) + R[i] * R[j]),
    );
    steady = next.every((row, i) => row.every((v2, j) => Math.abs(v2 - P[i][j]) < 1e-13));
    P = next;
  }
  return { innovations, variances, state: a, transition: T };
}

/** Exact log-likelihood with σ² concentrated out, and that σ². */
export function exactLogLik(
  w: readonly number[],
  mean: number,
  phi: readonly number[],
  theta: readonly number[],
) {
  const k = kalman(
    w.map((v) => v - mean),
    phi,
    theta,
  );
  const n = w.length;
  let ssq = 0;
  let sumLogF = 0;
  for (let t = 0; t < n; t++) {
    ssq += (k.innovations[t] * k.innovations[t]) / k.variances[t];
    sumLogF += Math.log(k.variances[t]);
  }
  const sigma2 = ssq / n;
  return {
    logLik: -0.5 * n * (Math.log(2 * Math.PI * sigma2) + 1) - 0.5 * sumLogF,
    sigma2,
    kalman: k,
  };
}

/** Fits ARIMA(p, d, q) with a mean to `series`. */
export function fitArima(
  series: readonly number[],
  order: ArimaOrder,
  method: ArimaMethod = 'css-mle',
): ArimaFit {
  const { p, d, q } = order;
  const w = difference(series, d);
  if (w.length <= p + q + 2)
    throw new Error(`ARIMA(${p},${d},${q}) needs more than ${p + q + 2 + d} values`);
  const unpack = (x: number[]) => ({
    mean: x[0],
    phi: arTransform(x.slice(1, 1 + p)),
    theta: maTransform(x.slice(1 + p)),
  });
  // Start: AR part by least squares (the CSS optimum when q = 0), MA part at zero.
  const ols = p > 0 ? fitArLeastSquares(w, p) : null;
  const mean0 = ols ? ols.mean : w.reduce((s, v) => s + v, 0) / w.length;
  const phi0 = ols ? ols.phi.map((v) => Math.max(-0.95, Math.min(0.95, v))) : [];
  const scale = Math.sqrt(w.reduce((s, v) => s + (v - mean0) ** 2, 0) / w.length) || 1;
  const start = [mean0, ...safeInverse(phi0, arInverseTransform), ...new Array<number>(q).fill(0)];
  const css = (x: number[]) => {
    const u = unpack(x);
    return cssResiduals(w, u.mean, u.phi, u.theta).reduce((s, e) => s + e * e, 0);
  };
  const cssFit = nelderMead(css, start, { step: 0.1 * scale });
  let best = cssFit.x;
  if (method === 'css-mle') {
    best = nelderMead(
      (x) => -exactLogLik(w, unpack(x).mean, unpack(x).phi, unpack(x).theta).logLik,
      cssFit.x,
      {
        step: 0.1,
      },
    ).x;
  }
  const { mean, phi, theta } = unpack(best);
  let logLik: number;
  let sigma2: number;
  let residuals: number[];
  const exact = exactLogLik(w, mean, phi, theta);
  if (method === 'css-mle') {
    ({ logLik, sigma2 } = exact);
    residuals = exact.kalman.innovations;
  } else {
    residuals = cssResiduals(w, mean, phi, theta);
    const n = residuals.length;
    sigma2 = residuals.reduce((s, e) => s + e * e, 0) / n;
    logLik = -0.5 * n * (Math.log(2 * Math.PI * sigma2) + 1);
  }
  const k = p + q + 2;
  const nObs = w.length;
  return {
    order,
    method,
    mean,
    phi,
    theta,
    sigma2,
    logLik,
    aic: -2 * logLik + 2 * k,
    bic: -2 * logLik + Math.log(nObs) * k,
    residuals,
    forecast: (steps) => forecastFromState(series, d, mean, exact.kalman, steps),
  };
}

function safeInverse(v: number[], inv: (v: number[]) => number[]): number[] {
  const out = inv(v);
  return out.every(Number.isFinite) ? out : v.map(() => 0);
}

/** Propagates the filtered state `steps` periods, adds μ, then undoes the differencing. */
function forecastFromState(
  series: readonly number[],
  d: number,
  mean: number,
  k: KalmanResult,
  steps: number,
): number[] {
  let a = [...k.state];
  const wHat: number[] = [];
  for (let h = 0; h < steps; h++) {
    wHat.push(mean + a[0]);
    a = k.transition.map((row) => row.reduce((s, tij, j) => s + tij * a[j], 0));
  }
  // Undo ∇ᵈ: the last value of each lower-order difference seeds a running sum.
  let out = wHat;
  for (let level = d - 1; level >= 0; level--) {
    const base = difference(series, level);
    let last = base[base.length - 1];
    out = out.map((v) => (last += v));
  }
  return out;
}

export interface RollingForecast {
  predictions: number[];
  actual: number[];
  mse: number;
}

/**
 * The notes' walk-forward evaluation: refit on everything seen so far, forecast one step, then
 * append the true value; `trainSize` values to start (the notes: int(0.66 · n)).
 */
export function rollingForecast(
  series: readonly number[],
  trainSize: number,
  order: ArimaOrder,
  method: ArimaMethod = 'css-mle',
): RollingForecast {
  const predictions: number[] = [];
  const actual = series.slice(trainSize);
  for (let t = trainSize; t < series.length; t++) {
    predictions.push(fitArima(series.slice(0, t), order, method).forecast(1)[0]);
  }
  const mse = actual.reduce((s, y, i) => s + (y - predictions[i]) ** 2, 0) / actual.length;
  return { predictions, actual, mse };
}
