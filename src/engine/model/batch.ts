/**
 * Conversions at the model's boundary: Keras-layout (batch-major) typed arrays in, time-major
 * network arrays out, and back for predictions.
 */
import type { HeadConfig, LossKind, ModelConfig } from '../types';
import { inputFeatures } from '../shapes';
import type { Targets } from './losses';
import type { Batch } from './network';

/** Plain data of a tensor: values and shape. */
export interface ArrayData {
  values: ArrayLike<number>;
  shape: number[];
}

/** Samples [from, from + count) of x ([n, T, d] floats or [n, T] ids) as a time-major batch. */
export function readBatch(config: ModelConfig, x: ArrayData, from: number, count: number): Batch {
  const T = x.shape[1];
  const B = count;
  if (config.input.kind === 'dense') {
    const d = inputFeatures(config);
    if (x.shape.length === 3 && x.shape[2] !== d) {
      throw new Error(`input has ${x.shape[2]} features, the model expects ${d}`);
    }
    const out = new Float64Array(T * B * d);
    for (let b = 0; b < B; b++) {
      for (let t = 0; t < T; t++) {
        const src = ((from + b) * T + t) * d;
        const dst = (t * B + b) * d;
        for (let j = 0; j < d; j++) out[dst + j] = x.values[src + j];
      }
    }
    return { T, B, x: out, ids: null };
  }
  const ids = new Int32Array(T * B);
  for (let b = 0; b < B; b++) {
    for (let t = 0; t < T; t++) ids[t * B + b] = Math.round(x.values[(from + b) * T + t]);
  }
  return { T, B, x: null, ids };
}

/** Whether targets of this many values per row are class ids rather than dense outputs. */
function targetsAreIds(valuesPerRow: number, head: HeadConfig, loss: LossKind): boolean {
  return valuesPerRow === 1 && (head.units > 1 || loss === 'softmaxCrossEntropy');
}

/**
 * Targets of samples [from, from + count): [n, U] / [n] ids for a last-step head, [n, T, U] /
 * [n, T] ids for an every-step head, as rows in the network's order.
 */
export function readTargets(
  config: ModelConfig,
  y: ArrayData,
  loss: LossKind,
  T: number,
  from: number,
  count: number,
): Targets {
  const n = y.shape[0];
  const U = config.head.units;
  const steps = config.head.kind === 'everyStep' ? T : 1;
  const perRow = n > 0 ? y.values.length / (n * steps) : U;
  const asIds = targetsAreIds(perRow, config.head, loss);
  const width = asIds ? 1 : U;
  if (!asIds && perRow !== U)
    throw new Error(`targets have ${perRow} values per row, the head has ${U}`);
  const B = count;
  const out = new Float64Array(steps * B * width);
  for (let b = 0; b < B; b++) {
    for (let t = 0; t < steps; t++) {
      const src = ((from + b) * steps + t) * width;
      const dst = (t * B + b) * width;
      for (let j = 0; j < width; j++) out[dst + j] = y.values[src + j];
    }
  }
  if (!asIds) return { ids: null, values: out };
  return { ids: Int32Array.from(out, (v) => Math.round(v)), values: null };
}

/** Network rows (time-major for every-step heads) → a batch-major Float32Array [B, (T,) U]. */
export function toBatchMajor(
  config: ModelConfig,
  rowsData: Float64Array,
  T: number,
  B: number,
): Float32Array {
  const U = config.head.units;
  if (config.head.kind !== 'everyStep') return Float32Array.from(rowsData);
  const out = new Float32Array(B * T * U);
  for (let t = 0; t < T; t++) {
    for (let b = 0; b < B; b++) {
      for (let j = 0; j < U; j++) out[(b * T + t) * U + j] = rowsData[(t * B + b) * U + j];
    }
  }
  return out;
}
