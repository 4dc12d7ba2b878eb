/** Classical forecasting baselines, plain TypeScript (no tfjs): runs in the page, worker and Node. */
export * from './forecast';
export * from './ar';
export * from './arima';
export * from './simulate';
export { leastSquares, solve } from './linalg';
export { nelderMead } from './nelderMead';
