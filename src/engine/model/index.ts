/**
 * The recurrent model: `createModel(config)` returns the EngineModel the trainer drives.
 */
export { activeComputePath, createModel, RecurrentModel, setComputePath } from './model';
export type { ComputePath } from './model';
export { swapUpdateGateConvention } from './weights';
export { truncation } from './network';
