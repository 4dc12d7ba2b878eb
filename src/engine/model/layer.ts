/**
 * One recurrent layer: input dropout, the hoisted input projection, one or two directions of a
 * cell, and its backward pass.
 *
 * Bidirectional layers follow Keras `Bidirectional(merge_mode='concat')`: the backward copy reads
 * the sequence reversed, its outputs are reversed back to the original time order, and each step's
 * output is [h→(t); h←(t)], width 2·units. Dropout (Keras `dropout=`) multiplies the layer's
 * inputs by one Bernoulli mask per sample and feature, the same at every step, scaled by
 * 1/(1 − rate), in training only; each direction draws its own mask.
 */
import type { Rng } from '../rng';
import type { RecurrentLayerConfig } from '../types';
import type { Cell, CellCache, CellWeights, CutFn } from './cells/cell';
import { gruCell } from './cells/gru';
import { lstmCell } from './cells/lstm';
import { simpleRnnCell } from './cells/simpleRnn';
import { addRows, matMul, matMulTransA, matMulTransB, sumRows } from './linalg';

/** The weights of one direction: Wx [d, gates·units], input bias [gates·units], the cell's own. */
export interface DirectionWeights {
  kernel: Float64Array;
  bias: Float64Array;
  cell: CellWeights;
}

/** The layer's input: a dense sequence [T·B, d] (time-major), or token ids [T·B] read as one-hot. */
export interface LayerInput {
  x: Float64Array | null;
  ids: Int32Array | null;
  width: number;
}

export interface DirectionCache {
  cell: CellCache;
  /** The input this direction read (time-reversed for the backward copy, dropout applied). */
  input: LayerInput;
  mask: Float64Array | null;
}

export interface LayerCache {
  T: number;
  B: number;
  directions: DirectionCache[];
}

/** The cell object for a layer config. */
export function makeCell(layer: RecurrentLayerConfig): Cell {
  switch (layer.cell) {
    case 'lstm':
      return lstmCell(layer.units);
    case 'gru':
      return gruCell(layer.units, layer.gruResetAfter ?? false);
    case 'lnSimpleRnn':
      return simpleRnnCell(layer.units, true);
    default:
      return simpleRnnCell(layer.units, false);
  }
}

/** Reverses the time order of a [T·B, width] array. */
export function reverseTime<A extends Float64Array | Int32Array>(
  a: A,
  T: number,
  rowWidth: number,
): A {
  const out = a.slice() as A;
  for (let t = 0; t < T; t++)
    out.set(a.subarray((T - 1 - t) * rowWidth, (T - t) * rowWidth), t * rowWidth);
  return out;
}

/** Dense one-hot rows for token ids. */
function oneHot(ids: Int32Array, vocab: number): Float64Array {
  const x = new Float64Array(ids.length * vocab);
  ids.forEach((id, r) => {
    if (id >= 0 && id < vocab) x[r * vocab + id] = 1;
  });
  return x;
}

/** One Bernoulli keep-mask per sample and feature, scaled by 1/(1 − rate) (Keras `dropout=`). */
export function dropoutMask(rng: Rng, B: number, d: number, rate: number): Float64Array {
  const m = new Float64Array(B * d);
  const keep = 1 / (1 - rate);
  for (let i = 0; i < m.length; i++) m[i] = rng.next() >= rate ? keep : 0;
  return m;
}

/** xp = x·Wx + b for all T·B rows at once (a row lookup for one-hot ids). */
export function inputProjection(
  input: LayerInput,
  w: DirectionWeights,
  rows: number,
  G: number,
): Float64Array {
  const xp = new Float64Array(rows * G);
  if (input.ids) {
    const ids = input.ids;
    for (let r = 0; r < rows; r++) {
      const id = ids[r];
      if (id >= 0 && id < input.width) xp.set(w.kernel.subarray(id * G, (id + 1) * G), r * G);
    }
  } else if (input.x) {
    matMul(xp, 0, input.x, 0, w.kernel, rows, input.width, G, false);
  }
  addRows(xp, w.bias, 0, rows, G);
  return xp;
}

/**
 * Forward pass of a layer over the whole sequence. Returns the outputs of every step,
 * [T·B, units·directions], and what the backward pass needs. `rng` draws dropout masks (training).
 */
export function layerForward(
  layer: RecurrentLayerConfig,
  cell: Cell,
  weights: DirectionWeights[],
  input: LayerInput,
  T: number,
  B: number,
  rng: Rng | null,
): { output: Float64Array; cache: LayerCache } {
  const H = layer.units;
  const dirs = weights.length;
  const W = H * dirs;
  const output = new Float64Array(dirs === 1 ? 0 : T * B * W);
  const directions: DirectionCache[] = [];
  const rate = layer.dropout ?? 0;
  weights.forEach((w, dir) => {
    let x = input.x;
    let ids = input.ids;
    const d = input.width;
    let mask: Float64Array | null = null;
    if (rng && rate > 0) {
      mask = dropoutMask(rng, B, d, rate);
      x = x ? x.slice() : oneHot(ids as Int32Array, d);
      ids = null;
      for (let r = 0; r < T * B; r++) {
        const mo = (r % B) * d;
        for (let j = 0; j < d; j++) x[r * d + j] *= mask[mo + j];
      }
    }
    if (dir === 1) {
      if (x) x = reverseTime(x, T, B * d);
      if (ids) ids = reverseTime(ids, T, B);
    }
    const seen: LayerInput = { x, ids, width: d };
    const xp = inputProjection(seen, w, T * B, cell.gates * H);
    const cache = cell.forward(xp, T, B, w.cell);
    directions.push({ cell: cache, input: seen, mask });
    if (dirs === 1) return;
    const h = dir === 1 ? reverseTime(cache.hidden, T, B * H) : cache.hidden;
    for (let r = 0; r < T * B; r++) output.set(h.subarray(r * H, (r + 1) * H), r * W + dir * H);
  });
  // One direction: its hidden states are the output, no interleaving copy.
  return { output: dirs === 1 ? directions[0].cell.hidden : output, cache: { T, B, directions } };
}

/**
 * Backward pass of a layer: dOutput is dL/d(output) [T·B, units·directions]. Adds weight gradients
 * into `grads` and returns dL/d(input) [T·B, d] when `wantInputGrad` (null otherwise).
 * `cut` truncates BPTT (applied in each direction's own reading order).
 */
export function layerBackward(
  cell: Cell,
  weights: DirectionWeights[],
  grads: DirectionWeights[],
  cache: LayerCache,
  dOutput: Float64Array,
  cut: CutFn | null,
  wantInputGrad: boolean,
  dHiddenTotal?: Float64Array[],
): Float64Array | null {
  const { T, B } = cache;
  const H = cell.units;
  const G = cell.gates * H;
  const W = H * weights.length;
  const rows = T * B;
  let dInput: Float64Array | null = null;
  cache.directions.forEach((dc, dir) => {
    let dh = dOutput;
    if (weights.length > 1) {
      dh = new Float64Array(rows * H);
      for (let r = 0; r < rows; r++) {
        dh.set(dOutput.subarray(r * W + dir * H, r * W + dir * H + H), r * H);
      }
      if (dir === 1) dh = reverseTime(dh, T, B * H);
    }
    const w = weights[dir];
    const g = grads[dir];
    const dxp = cell.backward(dc.cell, w.cell, dh, g.cell, cut, dHiddenTotal?.[dir]);
    sumRows(g.bias, 0, dxp, rows, G);
    const d = dc.input.width;
    if (dc.input.ids) {
      const ids = dc.input.ids;
      for (let r = 0; r < rows; r++) {
        const id = ids[r];
        if (id < 0 || id >= d) continue;
        const o = id * G;
        for (let j = 0; j < G; j++) g.kernel[o + j] += dxp[r * G + j];
      }
      return;
    }
    const x = dc.input.x as Float64Array;
    matMulTransA(g.kernel, x, 0, dxp, 0, rows, d, G);
    if (!wantInputGrad) return;
    let dx = new Float64Array(rows * d);
    matMulTransB(dx, 0, dxp, 0, w.kernel, rows, G, d, false);
    if (dir === 1) dx = reverseTime(dx, T, B * d);
    if (dc.mask) {
      const mask = dc.mask;
      for (let r = 0; r < rows; r++) {
        const mo = (r % B) * d;
        for (let j = 0; j < d; j++) dx[r * d + j] *= mask[mo + j];
      }
    }
    if (!dInput) dInput = dx;
    else for (let i = 0; i < dx.length; i++) dInput[i] += dx[i];
  });
  return dInput;
}
