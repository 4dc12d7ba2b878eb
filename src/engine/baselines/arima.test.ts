import { describe, expect, it } from 'vitest';
import { loadPublicText, parseSeriesCsv } from '../data/loader';
import {
  arInverseTransform,
  arTransform,
  exactLogLik,
  fitArima,
  maInverseTransform,
  maTransform,
  rollingForecast,
  simulateArma,
  theoreticalAcf,
} from './index';

const sales = async () => parseSeriesCsv(await loadPublicText('data/shampoo-sales.csv')).values;

/**
 * statsmodels 0.8 `ARIMA(series, order=(5,1,0)).fit(disp=0)` (method css-mle) on the same 36
 * monthly shampoo sales, as printed in J. Brownlee, "How to Create an ARIMA Model for Time Series
 * Forecasting in Python" (2017), the walk-through the notes' chapter follows. The notes print other
 * figures (const 12.4256, Test MSE 8074.991) because their sales.csv differs from the published
 * series: their 13 test values (346.3, 329.7, 445.4, …) are not the series' (342.3, 339.7, 440.4, …).
 */
const STATSMODELS = {
  mean: 12.0649,
  phi: [-1.1082, -0.6203, -0.3606, -0.1252, 0.1289],
  logLik: -196.17,
  sd: 64.241,
  aic: 406.34,
  bic: 417.227,
  residuals: { mean: -5.495213, std: 68.132882, min: -133.296597, max: 133.23798 },
  rolling: [
    349.117688, 306.512968, 387.376422, 348.154111, 386.308808, 356.081996, 446.379501, 394.737286,
    434.915566, 507.923407, 435.483082, 652.743772, 546.343485,
  ],
  testMse: 6958.325,
};

describe('ARIMA(5,1,0) on the monthly sales series', () => {
  it("reproduces statsmodels' css-mle fit", async () => {
    const fit = fitArima(await sales(), { p: 5, d: 1, q: 0 });
    expect(fit.mean).toBeCloseTo(STATSMODELS.mean, 2);
    fit.phi.forEach((v, i) => expect(v).toBeCloseTo(STATSMODELS.phi[i], 3));
    expect(fit.logLik).toBeCloseTo(STATSMODELS.logLik, 2);
    expect(Math.sqrt(fit.sigma2)).toBeCloseTo(STATSMODELS.sd, 2);
    expect(fit.aic).toBeCloseTo(STATSMODELS.aic, 2);
    expect(fit.bic).toBeCloseTo(STATSMODELS.bic, 2);
    const r = fit.residuals;
    const mean = r.reduce((s, v) => s + v, 0) / r.length;
    const std = Math.sqrt(r.reduce((s, v) => s + (v - mean) ** 2, 0) / (r.length - 1));
    expect(r.length).toBe(35);
    expect(mean).toBeCloseTo(STATSMODELS.residuals.mean, 2);
    expect(std).toBeCloseTo(STATSMODELS.residuals.std, 2);
    expect(Math.min(...r)).toBeCloseTo(STATSMODELS.residuals.min, 1);
    expect(Math.max(...r)).toBeCloseTo(STATSMODELS.residuals.max, 1);
  });

  it('reproduces the walk-forward one-step forecasts and the test MSE', async () => {
    const series = await sales();
    const r = rollingForecast(series, Math.floor(series.length * 0.66), { p: 5, d: 1, q: 0 });
    expect(r.actual.length).toBe(13);
    r.predictions.forEach((v, i) => expect(v).toBeCloseTo(STATSMODELS.rolling[i], 1));
    expect(r.mse).toBeCloseTo(STATSMODELS.testMse, 0);
  });
});

/** log-likelihood from the full covariance matrix Γ = σ²Ω, σ² concentrated out (reference). */
function denseLogLik(w: number[], phi: number, theta: number): number {
  const n = w.length;
  const g0 = (1 + 2 * phi * theta + theta * theta) / (1 - phi * phi);
  const rho = theoreticalAcf({ phi: [phi], theta: [theta] }, n);
  // Cholesky of Ω.
  const L = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = g0 * rho[Math.abs(i - j)];
      for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k];
      L[i][j] = i === j ? Math.sqrt(s) : s / L[j][j];
    }
  }
  const z: number[] = [];
  for (let i = 0; i < n; i++) {
    let s = w[i];
    for (let k = 0; k < i; k++) s -= L[i][k] * z[k];
    z.push(s / L[i][i]);
  }
  const quad = z.reduce((s, v) => s + v * v, 0);
  const logDet = 2 * L.reduce((s, row, i) => s + Math.log(row[i]), 0);
  const sigma2 = quad / n;
  return -0.5 * n * (Math.log(2 * Math.PI * sigma2) + 1) - 0.5 * logDet;
}

describe('exact likelihood and parameter transforms', () => {
  it('the Kalman filter gives the dense-covariance Gaussian likelihood', () => {
    const { x } = simulateArma({ phi: [0.6], theta: [0.4] }, { n: 40, seed: 11 });
    for (const [phi, theta] of [
      [0.6, 0.4],
      [-0.3, 0.7],
      [0.9, -0.5],
    ]) {
      expect(exactLogLik(x, 0, [phi], [theta]).logLik).toBeCloseTo(denseLogLik(x, phi, theta), 8);
    }
  });

  it('transforms round-trip and always land in the stationary region', () => {
    const phi = [0.5, -0.3, 0.2];
    arTransform(arInverseTransform(phi)).forEach((v, i) => expect(v).toBeCloseTo(phi[i], 10));
    const theta = [0.4, 0.1];
    maTransform(maInverseTransform(theta)).forEach((v, i) => expect(v).toBeCloseTo(theta[i], 10));
    // AR(1): φ = tanh(u/2) lies in (−1, 1) for any u.
    expect(Math.abs(arTransform([40])[0])).toBeLessThanOrEqual(1);
  });

  it('recovers the coefficients of a long simulated ARMA(1,1)', () => {
    const { x } = simulateArma({ phi: [0.7], theta: [0.4], constant: 0.3 }, { n: 1500, seed: 5 });
    const fit = fitArima(x, { p: 1, d: 0, q: 1 });
    expect(fit.phi[0]).toBeCloseTo(0.7, 1);
    expect(fit.theta[0]).toBeCloseTo(0.4, 1);
    expect(fit.mean).toBeCloseTo(0.3 / (1 - 0.7), 0);
    expect(fit.sigma2).toBeCloseTo(1, 1);
  });
});
