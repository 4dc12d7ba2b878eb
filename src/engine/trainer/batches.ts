/**
 * Copies the rows of a data set picked by an index list into one batch, as tensors of the model's
 * input and target shapes. Rows stay in typed arrays until a batch is needed, so a shuffle is an
 * index permutation, never a tensor gather.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { SequenceData } from '../types';

function rowsOf(
  values: Float32Array | Int32Array,
  shape: number[],
  indices: ArrayLike<number>,
): Float32Array | Int32Array {
  const width = shape.slice(1).reduce((a, b) => a * b, 1);
  const out =
    values instanceof Int32Array
      ? new Int32Array(indices.length * width)
      : new Float32Array(indices.length * width);
  for (let i = 0; i < indices.length; i++) {
    const from = indices[i] * width;
    out.set(values.subarray(from, from + width), i * width);
  }
  return out;
}

function toTensor(values: Float32Array | Int32Array, shape: number[]): tf.Tensor {
  return tf.tensor(values, shape, values instanceof Int32Array ? 'int32' : 'float32');
}

/** x and y tensors of the rows `indices`; the caller disposes them (or runs inside tf.tidy). */
export function batchTensors(
  data: SequenceData,
  indices: ArrayLike<number>,
): { x: tf.Tensor; y: tf.Tensor } {
  const n = indices.length;
  return {
    x: toTensor(rowsOf(data.x, data.xShape, indices), [n, ...data.xShape.slice(1)]),
    y: toTensor(rowsOf(data.y, data.yShape, indices), [n, ...data.yShape.slice(1)]),
  };
}

/** The whole data set as two tensors. */
export function dataTensors(data: SequenceData): { x: tf.Tensor; y: tf.Tensor } {
  return { x: toTensor(data.x, data.xShape), y: toTensor(data.y, data.yShape) };
}

/** Number of examples. */
export function sizeOf(data: SequenceData): number {
  return data.xShape[0];
}
