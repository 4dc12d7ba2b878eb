/**
 * The pure side of the forecast race: which figure each experiment is judged by, how that figure is
 * computed from the worker's predictions, and the classical baselines on the same validation series
 * (naive and linear, next value and ten ahead, the linear one also rolled forward on its own
 * outputs). Plain TypeScript: runs in the page and in Node; tested against hand-computed values.
 */
import { fitLinearForecaster, naiveForecastMse } from '../../engine/baselines';
import type { Reported } from '../../engine/experiments';
import type { SequenceData } from '../../engine/types';
import { RACE_MODELS } from './models';

export { RACE_MODELS };

/** Experiments the race may train (all forecast the notes' series). */
export type RaceModel = (typeof RACE_MODELS)[number];

/** What a model forecasts, which decides the figure it is compared by. */
export type RaceTask = 'next' | 'ahead' | 'everyStep';

export const TASK_OF: Record<RaceModel, RaceTask> = {
  'ts-simple-rnn-1': 'next',
  'ts-deep-rnn': 'next',
  'ts-seq2vec': 'ahead',
  'ts-seq2seq': 'everyStep',
  'ts-ln-rnn': 'everyStep',
  'ts-lstm': 'everyStep',
  'ts-gru': 'everyStep',
};

export function isRaceModel(id: string): id is RaceModel {
  return (RACE_MODELS as readonly string[]).includes(id);
}

/**
 * MSE of the last time step's ten forecasts: the sequence-to-sequence models predict ten values at
 * every step, but only the last step's ten are a forecast of the future (the notes' figure).
 * `pred` and `target` are [n, T, H] row-major.
 */
export function lastStepMse(
  pred: ArrayLike<number>,
  target: ArrayLike<number>,
  shape: readonly number[],
): number {
  const [n, T, H] = shape;
  if (shape.length !== 3 || pred.length !== n * T * H || target.length !== n * T * H) {
    throw new Error(`expected [n, T, H] arrays, got shape ${shape.join('×')}`);
  }
  let s = 0;
  for (let i = 0; i < n; i++) {
    const at = (i * T + T - 1) * H;
    for (let k = 0; k < H; k++) s += (pred[at + k] - target[at + k]) ** 2;
  }
  return s / (n * H);
}

/** The notes' figure an experiment is compared with, when they give one. */
export function notesFigure(reported: Reported[] | undefined): number | null {
  const r = reported?.find((q) => q.quantity === 'valMse' || q.quantity === 'valLastStepMse');
  return r && typeof r.value === 'number' ? r.value : null;
}

/**
 * Rolls a one-step forecaster forward: predict the next value from the last `T` values, append
 * it, repeat `steps` times. `predictOne` maps a window of T values to the next one.
 */
export function rollForward(
  window: ArrayLike<number>,
  steps: number,
  predictOne: (last: Float32Array) => number,
): Float32Array {
  const T = window.length;
  const seq = new Float32Array(T + steps);
  seq.set(Array.from(window));
  for (let k = 0; k < steps; k++) seq[T + k] = predictOne(seq.subarray(k, k + T));
  return seq.subarray(T);
}

/** The baselines of the race; each is a validation MSE. */
export interface BaselineFigures {
  /** Next value: repeat the last input (the notes: 0.0202). */
  naiveNext: number;
  /** Next value: least squares on the 50 inputs (Géron: ≈ 0.004). */
  linearNext: number;
  /** Ten ahead: repeat the last input ten times. */
  naiveAhead: number;
  /** Ten ahead at once: least squares with ten outputs. */
  linearAhead: number;
  /** Ten ahead by feeding the one-step linear model its own forecasts. */
  linearIterative: number;
}

export type BaselineKey = keyof BaselineFigures;
export const BASELINE_KEYS: readonly BaselineKey[] = [
  'naiveNext',
  'linearNext',
  'naiveAhead',
  'linearAhead',
  'linearIterative',
];

/** The task each baseline solves (it is compared with the models of that task). */
export const BASELINE_TASK: Record<BaselineKey, RaceTask> = {
  naiveNext: 'next',
  linearNext: 'next',
  naiveAhead: 'ahead',
  linearAhead: 'ahead',
  linearIterative: 'ahead',
};

/** The notes' own figures for the baselines, where they give one. */
export const BASELINE_NOTES: Partial<Record<BaselineKey, number>> = {
  naiveNext: 0.020211367,
  linearNext: 0.004,
};

/** MSE of rolling the fitted one-step linear model forward over `ahead` ([n, T, 1] → [n, H]). */
export function iterativeLinearMse(
  model: ReturnType<typeof fitLinearForecaster>,
  ahead: SequenceData,
): number {
  const [n, T] = ahead.xShape;
  const H = ahead.yShape[1];
  const w = model.weights;
  const predictOne = (last: Float32Array): number => {
    let s = w[T];
    for (let a = 0; a < T; a++) s += last[a] * w[a];
    return s;
  };
  let total = 0;
  for (let i = 0; i < n; i++) {
    const rolled = rollForward(ahead.x.subarray(i * T, (i + 1) * T), H, predictOne);
    for (let k = 0; k < H; k++) total += (rolled[k] - ahead.y[i * H + k]) ** 2;
  }
  return total / (n * H);
}

/** Lets the page draw between the slow steps (each well under a second). */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every baseline on the experiments' own splits (the same seeded series the worker trains on):
 * `next` is the next-value split, `ahead` the ten-ahead split. Reports each figure as it lands.
 */
export async function computeBaselines(
  next: { train: SequenceData; valid: SequenceData },
  ahead: { train: SequenceData; valid: SequenceData },
  onFigure: (key: BaselineKey, value: number) => void = () => {},
): Promise<BaselineFigures> {
  const naiveNext = naiveForecastMse(next.valid);
  onFigure('naiveNext', naiveNext);
  await breathe();
  const oneStep = fitLinearForecaster(next.train);
  const linearNext = oneStep.mse(next.valid);
  onFigure('linearNext', linearNext);
  await breathe();
  const naiveAhead = naiveForecastMse(ahead.valid);
  onFigure('naiveAhead', naiveAhead);
  const linearIterative = iterativeLinearMse(oneStep, ahead.valid);
  onFigure('linearIterative', linearIterative);
  await breathe();
  const linearAhead = fitLinearForecaster(ahead.train).mse(ahead.valid);
  onFigure('linearAhead', linearAhead);
  return { naiveNext, linearNext, naiveAhead, linearAhead, linearIterative };
}
