/**
 * The notes' two baselines on their synthetic series (source A): generate 10,000 series of
 * n_steps + 1 values, split 7000 / 2000 / 1000, predict the last value from the first n_steps by
 * repeating the last input (naive) or by a linear model on all inputs (least squares, the optimum
 * a trained Dense layer on Flatten approaches). Pure; runs in the worker and in tests.
 */
import { fitLinearForecaster, naiveForecastMse } from '../../engine/baselines';
import { makeSeriesSplit } from '../../engine/data';

export interface BaselineResult {
  seed: number;
  steps: number;
  naive: { valid: number; test: number };
  linear: { valid: number; test: number; train: number };
  /** Linear weights per input step (oldest first), then the bias. */
  weights: number[];
  /** Validation inputs [2000, steps], targets [2000] and both baselines' predictions. */
  validX: Float32Array;
  validY: Float32Array;
  linearPred: Float32Array;
}

export function computeBaselines(seed: number, steps: number): BaselineResult {
  const split = makeSeriesSplit({ target: 'next', seed, inputSteps: steps });
  const test = split.test;
  if (!test) throw new Error('the series split has no test set');
  const linear = fitLinearForecaster(split.train);
  return {
    seed,
    steps,
    naive: { valid: naiveForecastMse(split.valid), test: naiveForecastMse(test) },
    linear: {
      valid: linear.mse(split.valid),
      test: linear.mse(test),
      train: linear.mse(split.train),
    },
    weights: Array.from(linear.weights),
    validX: Float32Array.from(split.valid.x),
    validY: Float32Array.from(split.valid.y),
    linearPred: linear.predict(split.valid),
  };
}

/** One validation series (0-based index) with its target and both forecasts. */
export function example(r: BaselineResult, index: number) {
  const i = Math.max(0, Math.min(r.validY.length - 1, Math.round(index)));
  const x = Array.from(r.validX.subarray(i * r.steps, (i + 1) * r.steps));
  return { x, target: r.validY[i], naive: x[x.length - 1], linear: r.linearPred[i] };
}

/** The notes' published naive validation MSE (Keras, numpy's random series). */
export const NOTES_NAIVE_MSE = 0.020211367;
