/**
 * Runs one named experiment to the end, outside any page: the core of the lab CLI and of its tests.
 * Recurrent experiments train with the Trainer; baselines are solved in closed form.
 */
import { fitLinearForecaster, naiveForecastMse } from '../baselines';
import type { Experiment } from '../experiments';
import type { EngineModel } from '../modelApi';
import type { BackendName, HistoryPoint, ModelConfig, TrainerSnapshot } from '../types';
import { extraFigures } from './figures';
import { Trainer } from './trainer';

export { iterativeForecastMse, lastStepMse } from './figures';

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
