/**
 * The recurrent model: `createModel(config)` returns the EngineModel the trainer drives.
 */
export { createModel, RecurrentModel } from './model';
export { swapUpdateGateConvention } from './weights';
export { truncation } from './network';
