/**
 * Runs one named experiment to the end, outside any page: the core of the lab CLI and of its tests.
 * Recurrent experiments train with the Trainer; baselines are solved in closed form.
 */
import * as tf from '@tensorflow/tfjs-core';
import { fitLinearForecaster, naiveForecastMse } from '../baselines';
import { decode, joinWindowPredictions } from '../data';
import type { Experiment, PreparedData } from '../experiments';
import type { EngineModel } from '../modelApi';
import type {
  BackendName,
  HistoryPoint,
  ModelConfig,
  SequenceData,
  TrainerSnapshot,
} from '../types';
import { Trainer } from './trainer';

export interface RunOptions {
  createModel: (config: ModelConfig) => EngineModel;
  backend: BackendName;
  onSnapshot?: (s: TrainerSnapshot) => void;
  /** Called at the end of each epoch with the newest history point. */
  onEpoch?: (point: HistoryPoint) => void;
}

export interface RunResult {
  id: string;
  epochs: number;
  seed: number;
  backend: BackendName;
  valLoss: number;
  valMetric: number;
  seconds: number;
  steps: number;
  state: string;
  /** Extra figures: decoded predictions, 10-step-ahead MSE, last-step MSE. */
  extra: Record<string, number | string>;
  history: HistoryPoint[];
  /** The trained model's weights, for checkpoints (recurrent experiments only). */
  trainer?: Trainer;
}

/** Prediction ids: argmax over the last axis of a [n, T, V] or [n, V] prediction tensor. */
function argmaxIds(model: EngineModel, x: SequenceData): Int32Array {
  return tf.tidy(() => {
    const input = tf.tensor(x.x, x.xShape, x.x instanceof Int32Array ? 'int32' : 'float32');
    const p = model.predict(input);
    return tf.argMax(p, p.rank - 1).dataSync() as Int32Array;
  });
}

/** Géron's iterative forecast: predict one step, append it, repeat `steps` times; MSE vs y [n, steps]. */
export function iterativeForecastMse(model: EngineModel, ahead: SequenceData): number {
  const [n, T] = ahead.xShape;
  const steps = ahead.yShape[1];
  const seq = new Float32Array(n * (T + steps));
  for (let i = 0; i < n; i++) seq.set(ahead.x.subarray(i * T, (i + 1) * T), i * (T + steps));
  for (let k = 0; k < steps; k++) {
    const len = T + k;
    const inputs = new Float32Array(n * len);
    for (let i = 0; i < n; i++)
      inputs.set(seq.subarray(i * (T + steps), i * (T + steps) + len), i * len);
    const next = tf.tidy(() => model.predict(tf.tensor(inputs, [n, len, 1])).dataSync());
    for (let i = 0; i < n; i++) seq[i * (T + steps) + len] = next[i];
  }
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < steps; k++)
      s += (seq[i * (T + steps) + T + k] - ahead.y[i * steps + k]) ** 2;
  }
  return s / (n * steps);
}

/** MSE of the last time step's forecasts of a sequence-to-sequence model (Géron's metric). */
export function lastStepMse(model: EngineModel, data: SequenceData): number {
  const [n, T, H] = data.yShape;
  const pred = tf.tidy(() => model.predict(tf.tensor(data.x, data.xShape, 'float32')).dataSync());
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < H; k++) {
      const at = (i * T + T - 1) * H + k;
      s += (pred[at] - data.y[at]) ** 2;
    }
  }
  return s / (n * H);
}

function extraFigures(
  e: Experiment,
  model: EngineModel,
  d: PreparedData,
): Record<string, number | string> {
  const extra: Record<string, number | string> = {};
  const valid = d.split.valid;
  if (d.charSet && e.model?.head.kind === 'everyStep') {
    const ids = argmaxIds(model, valid);
    const [n, T] = valid.xShape;
    extra.prediction =
      n === 1 ? decode(ids, d.charSet) : joinWindowPredictions(ids, n, T, d.charSet);
    extra.target =
      n === 1 ? decode(valid.y, d.charSet) : joinWindowPredictions(valid.y, n, T, d.charSet);
  }
  if (d.ahead) extra.aheadMse = iterativeForecastMse(model, d.ahead);
  if (e.model?.head.kind === 'everyStep' && e.model.input.kind === 'dense') {
    extra.valLastStepMse = lastStepMse(model, valid);
  }
  return extra;
}

/** Trains (or solves) the experiment and reports its validation figures. */
export async function runExperiment(e: Experiment, options: RunOptions): Promise<RunResult> {
  const started = performance.now();
  const data = await e.data();
  if (e.kind === 'baseline' || !e.model || !e.train) {
    const valLoss =
      e.id === 'ts-linear'
        ? fitLinearForecaster(data.split.train).mse(data.split.valid)
        : naiveForecastMse(data.split.valid);
    return {
      id: e.id,
      epochs: 0,
      seed: 0,
      backend: options.backend,
      valLoss,
      valMetric: valLoss,
      seconds: (performance.now() - started) / 1000,
      steps: 0,
      state: 'done',
      extra: {},
      history: [],
    };
  }
  let seen = 0;
  const trainer = new Trainer({
    model: e.model,
    train: e.train,
    data: data.split,
    createModel: options.createModel,
    backend: () => options.backend,
    onSnapshot: (s) => {
      options.onSnapshot?.(s);
      const epochs = s.history.filter((p) => p.valLoss !== undefined);
      for (; seen < epochs.length; seen++) options.onEpoch?.(epochs[seen]);
    },
  });
  await trainer.play();
  const snap = trainer.snapshot();
  const last = [...snap.history].reverse().find((p) => p.valLoss !== undefined);
  const val = last ? { loss: last.valLoss!, metric: last.valMetric! } : trainer.evaluate('valid');
  return {
    id: e.id,
    epochs: snap.epoch,
    seed: e.train.seed,
    backend: options.backend,
    valLoss: val.loss,
    valMetric: val.metric,
    seconds: (performance.now() - started) / 1000,
    steps: snap.step,
    state: snap.state,
    extra: extraFigures(e, trainer.engineModel, data),
    history: snap.history,
    trainer,
  };
}
