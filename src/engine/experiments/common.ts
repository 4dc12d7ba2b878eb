/** Building blocks shared by the experiment families: layers, heads, the notes' training setups. */
import type { CellKind, ModelConfig, RecurrentLayerConfig, TrainConfig } from '../types';

export const GERON = 'Géron, Hands-On Machine Learning, 2nd ed., ch. 15 (the notes’ code)';
export const NOTES_A = 'course notes 000 (generate_time_series)';
export const NOTES_B = 'course notes 001 (IMDB, 25,000 reviews)';
export const NOTES_D = 'course notes 003 (hihello)';

export const layer = (
  cell: CellKind,
  units: number,
  returnSequences: boolean,
  extra: Partial<RecurrentLayerConfig> = {},
): RecurrentLayerConfig => ({
  cell,
  units,
  returnSequences,
  ...extra,
});

/** Adam at Keras' default learning rate 0.001, batch 32, 20 epochs, MSE (Géron's setup). */
export const seriesTrain = (over: Partial<TrainConfig> = {}): TrainConfig => ({
  optimizer: 'adam',
  learningRate: 0.001,
  batchSize: 32,
  epochs: 20,
  loss: 'mse',
  metric: 'mse',
  clipNorm: null,
  tbpttWindow: null,
  seed: 1,
  ...over,
});

export const linearHead = (units: number): ModelConfig['head'] => ({
  kind: 'last',
  units,
  activation: 'linear',
});

export const everyStepHead = (units: number): ModelConfig['head'] => ({
  kind: 'everyStep',
  units,
  activation: 'linear',
});
