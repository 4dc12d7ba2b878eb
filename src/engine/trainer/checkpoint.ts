/**
 * Checkpoints as written by `npm run lab -- <id> --save`: model.json (configuration, history,
 * figures and an index of the weights) next to weights.bin (every weight as little-endian float32,
 * one after another). Small enough to ship in public/models/ and load in the worker.
 */
import type { WeightSnapshot } from '../modelApi';
import type { HistoryPoint, ModelConfig, TrainConfig } from '../types';

export const CHECKPOINT_FORMAT = 'unrolled-checkpoint-1';

export interface CheckpointJson {
  format: typeof CHECKPOINT_FORMAT;
  id: string;
  model: ModelConfig;
  train: TrainConfig;
  result: {
    epochs: number;
    valLoss: number;
    valMetric: number;
    extra: Record<string, number | string>;
  };
  history: HistoryPoint[];
  weights: {
    file: string;
    dtype: 'float32';
    index: Record<string, { shape: number[]; offset: number; length: number }>;
  };
}

/** Splits a weight snapshot into the JSON index and one float32 buffer. */
export function encodeCheckpoint(
  meta: Omit<CheckpointJson, 'format' | 'weights'>,
  weights: WeightSnapshot,
): { json: CheckpointJson; bin: Float32Array } {
  const index: CheckpointJson['weights']['index'] = {};
  let offset = 0;
  for (const [name, w] of Object.entries(weights)) {
    index[name] = { shape: [...w.shape], offset, length: w.values.length };
    offset += w.values.length;
  }
  const bin = new Float32Array(offset);
  for (const [name, w] of Object.entries(weights)) bin.set(w.values, index[name].offset);
  return {
    json: {
      format: CHECKPOINT_FORMAT,
      ...meta,
      weights: { file: 'weights.bin', dtype: 'float32', index },
    },
    bin,
  };
}

/** Rebuilds the weight snapshot from model.json and the bytes of weights.bin; checks sizes. */
export function decodeCheckpoint(
  jsonText: string,
  bytes: ArrayBuffer,
): { meta: CheckpointJson; weights: WeightSnapshot } {
  const meta = JSON.parse(jsonText) as CheckpointJson;
  if (meta.format !== CHECKPOINT_FORMAT)
    throw new Error(`not a checkpoint: format ${String(meta.format)}`);
  const all = new Float32Array(bytes);
  const weights: WeightSnapshot = {};
  for (const [name, entry] of Object.entries(meta.weights.index)) {
    const size = entry.shape.reduce((a, b) => a * b, 1);
    if (size !== entry.length || entry.offset + entry.length > all.length) {
      throw new Error(`checkpoint weight ${name} does not fit its shape or the file`);
    }
    weights[name] = {
      values: all.slice(entry.offset, entry.offset + entry.length),
      shape: entry.shape,
    };
  }
  return { meta, weights };
}
