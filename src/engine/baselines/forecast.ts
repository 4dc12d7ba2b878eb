/**
 * The notes' two baselines on the synthetic series, in closed form: the naive forecast (repeat the
 * last value) and a linear model on the flattened inputs (the notes train `Dense` on `Flatten`;
 * least squares reaches the minimum that training approaches).
 */
import type { SequenceData } from '../types';
import { leastSquares } from './linalg';

/** Mean squared error of predicting every target from the last input value. */
export function naiveForecastMse(data: SequenceData): number {
  const [n, T, features] = data.xShape;
  const perExample = data.y.length / n;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const last = data.x[(i * T + T - 1) * features];
    for (let j = 0; j < perExample; j++) s += (data.y[i * perExample + j] - last) ** 2;
  }
  return s / data.y.length;
}

/** A linear forecaster: y = [x, 1] β. */
export interface LinearForecaster {
  /** [inputs + 1, outputs]: one row per input value, the last row the bias. */
  weights: Float64Array;
  inputs: number;
  outputs: number;
  predict(data: SequenceData): Float32Array;
  mse(data: SequenceData): number;
}

/** Fits y on the flattened inputs plus a bias by least squares. */
export function fitLinearForecaster(train: SequenceData): LinearForecaster {
  const n = train.xShape[0];
  const inputs = train.x.length / n;
  const outputs = train.y.length / n;
  const p = inputs + 1;
  const design = new Float64Array(n * p);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < inputs; a++) design[i * p + a] = train.x[i * inputs + a];
    design[i * p + inputs] = 1;
  }
  const weights = leastSquares(design, train.y, n, p, outputs, 1e-9 * n);
  const predict = (data: SequenceData): Float32Array => {
    const m = data.xShape[0];
    const out = new Float32Array(m * outputs);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < outputs; j++) {
        let s = weights[inputs * outputs + j];
        for (let a = 0; a < inputs; a++) s += data.x[i * inputs + a] * weights[a * outputs + j];
        out[i * outputs + j] = s;
      }
    }
    return out;
  };
  return {
    weights,
    inputs,
    outputs,
    predict,
    mse(data) {
      const pred = predict(data);
      let s = 0;
      for (let i = 0; i < pred.length; i++) s += (pred[i] - data.y[i]) ** 2;
      return s / pred.length;
    },
  };
}
