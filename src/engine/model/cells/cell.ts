/**
 * What every recurrent cell provides to a layer: a forward pass over a whole sequence and the
 * hand-written backward pass through time (BPTT) over the same sequence.
 *
 * Layout: every sequence array is time-major, row (t·B + b) of width w at offset (t·B + b)·w, so the
 * rows of one step are contiguous and "all steps" is one long matrix. The input projection
 * xp = x·Wx + b is computed by the layer for all steps at once (one product instead of T) and
 * handed to the cell; the cell adds the recurrent part h(t−1)·Wh step by step.
 */
import type { GateTrace } from '../../types';

/** The weights a cell reads besides the input kernel (shapes in Keras layout). */
export interface CellWeights {
  /** Wh: recurrent kernel, [units, gates·units]. */
  recurrent: Float64Array;
  /** GRU reset_after only: the recurrent bias b_h, [gates·units] (row 1 of Keras's [2, 3·units] bias). */
  recurrentBias?: Float64Array;
  /** Layer normalization gain γ, [units]. */
  gamma?: Float64Array;
  /** Layer normalization offset β, [units]. */
  beta?: Float64Array;
}

/** What a forward pass keeps for the backward pass and for introspection. */
export interface CellCache {
  T: number;
  B: number;
  /** h(t) for every step, [T·B, units]. */
  hidden: Float64Array;
  /** LSTM only: c(t), [T·B, units]. */
  cellState?: Float64Array;
  /** Cell-specific saved activations. */
  saved: Record<string, Float64Array>;
}

/**
 * Which recurrent links the backward pass cuts: `cut(t)` true stops the gradient flowing from step t
 * back into step t − 1 (truncated BPTT).
 */
export type CutFn = (t: number) => boolean;

export interface Cell {
  readonly units: number;
  /** Number of gate blocks side by side in the kernels. */
  readonly gates: number;
  /** Runs all T steps from h(−1) = 0 (and c(−1) = 0). `xp` is [T·B, gates·units] including the input bias. */
  forward(xp: Float64Array, T: number, B: number, w: CellWeights): CellCache;
  /**
   * Back-propagates dL/dh(t) given for every step (`dHidden`, [T·B, units]) through the sequence.
   * Adds weight gradients into `grads` and returns dL/dxp, [T·B, gates·units]. When `dHiddenTotal`
   * is given it receives the full dL/dh(t) at every step (output gradient plus what flowed back
   * from later steps).
   */
  backward(
    cache: CellCache,
    w: CellWeights,
    dHidden: Float64Array,
    grads: CellWeights,
    cut: CutFn | null,
    dHiddenTotal?: Float64Array,
  ): Float64Array;
  /** Gate activations of sample b as [t][unit] arrays (LSTM i f o g, GRU r z g). */
  gateTrace(cache: CellCache, b: number): GateTrace;
}

/** Rows of sample b from a [T·B, width] time-major array, as [t][column]. */
export function sampleRows(
  a: Float64Array,
  T: number,
  B: number,
  width: number,
  b: number,
  from = 0,
  count = width,
): number[][] {
  const rows: number[][] = [];
  for (let t = 0; t < T; t++) {
    const o = (t * B + b) * width + from;
    rows.push(Array.from(a.subarray(o, o + count)));
  }
  return rows;
}
