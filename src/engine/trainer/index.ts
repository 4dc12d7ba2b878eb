/** Training: the Trainer, configuration checks and the divergence guard. */
export {
  Trainer,
  ConfigError,
  type TrainerOptions,
  type HyperParams,
  type TraceOptions,
} from './trainer';
export {
  validateConfig,
  validateModelConfig,
  validateTrainConfig,
  LIMITS,
  CELLS,
  OPTIMIZERS,
  LOSSES,
  METRICS,
} from './validate';
export { DivergenceGuard } from './guard';
export { batchTensors, dataTensors } from './batches';
