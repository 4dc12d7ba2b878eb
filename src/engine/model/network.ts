/**
 * The whole network on plain arrays: input layer (dense, one-hot, embedding), the recurrent stack,
 * the head, and the hand-written backward pass through all of them. Tensors never appear here; the
 * model class converts at its boundary.
 *
 * Head: `last` applies Dense to the last step's output, [batch, width] → [batch, units]. For a
 * bidirectional last layer without returnSequences that is [h→(T); h←(1)], the final state of each
 * direction (Keras); with returnSequences it is the output at step T, as Keras's seq[:, -1].
 * `everyStep` applies the same Dense to every step (Keras TimeDistributed(Dense)).
 */
import type { Rng } from '../rng';
import type { ModelConfig } from '../types';
import { inputFeatures, layerOutputWidth, specIndex, type WeightSpec } from '../shapes';
import type { Cell, CutFn } from './cells/cell';
import type { DirectionWeights, LayerCache, LayerInput } from './layer';
import { layerBackward, layerForward, makeCell } from './layer';
import { addRows, matMul, matMulTransA, matMulTransB, sumRows } from './linalg';

/** Named views into one flat set of arrays (weights, or their gradients), in `weightSpecs` order. */
export interface NetworkArrays {
  embeddings: Float64Array | null;
  layers: DirectionWeights[][];
  headKernel: Float64Array;
  headBias: Float64Array;
}

/** Builds views over arrays laid out as `specs` (GRU reset_after's [2, 3·units] bias is split in two). */
export function viewArrays(
  config: ModelConfig,
  specs: WeightSpec[],
  arrays: Float64Array[],
): NetworkArrays {
  const find = (
    role: WeightSpec['role'],
    layer: number,
    dir: WeightSpec['direction'],
  ): Float64Array | undefined => {
    const i = specIndex(specs, role, layer, dir);
    return i >= 0 ? arrays[i] : undefined;
  };
  const layers = config.layers.map((l, li) =>
    (l.bidirectional ? (['forward', 'backward'] as const) : (['forward'] as const)).map((dir) => {
      const bias = find('bias', li, dir) as Float64Array;
      const G = bias.length / (l.cell === 'gru' && l.gruResetAfter ? 2 : 1);
      return {
        kernel: find('kernel', li, dir) as Float64Array,
        bias: bias.subarray(0, G),
        cell: {
          recurrent: find('recurrentKernel', li, dir) as Float64Array,
          recurrentBias: bias.length > G ? bias.subarray(G) : undefined,
          gamma: find('gamma', li, dir),
          beta: find('beta', li, dir),
        },
      };
    }),
  );
  return {
    embeddings: find('embeddings', -1, null) ?? null,
    layers,
    headKernel: find('headKernel', -1, null) as Float64Array,
    headBias: find('headBias', -1, null) as Float64Array,
  };
}

/** A batch, time-major: dense x [T·B, features] or token ids [T·B]. */
export interface Batch {
  T: number;
  B: number;
  x: Float64Array | null;
  ids: Int32Array | null;
}

export interface ForwardResult {
  batch: Batch;
  /** The first recurrent layer's input (embedding vectors for embedding input). */
  firstInput: LayerInput;
  caches: LayerCache[];
  /** Each layer's outputs for every step, [T·B, width]. */
  outputs: Float64Array[];
  /** Rows the head read: [B, width] (last) or [T·B, width] (every step). */
  headInput: Float64Array;
  rows: number;
  /** Head pre-activation z, [rows, units]. */
  logits: Float64Array;
}

/** The cells of a config, one per layer. */
export function makeCells(config: ModelConfig): Cell[] {
  return config.layers.map(makeCell);
}

/** Rows of the last layer's output that a `last` head reads, [B, width]. */
function lastStep(config: ModelConfig, out: Float64Array, T: number, B: number): Float64Array {
  const layer = config.layers[config.layers.length - 1];
  const W = layerOutputWidth(layer);
  const H = layer.units;
  const rows = new Float64Array(B * W);
  rows.set(out.subarray((T - 1) * B * W, T * B * W));
  if (layer.bidirectional && !layer.returnSequences) {
    // The backward direction's final state sits at original step 0.
    for (let b = 0; b < B; b++) rows.set(out.subarray(b * W + H, b * W + W), b * W + H);
  }
  return rows;
}

/** Forward pass; `rng` non-null means training (dropout on). */
export function networkForward(
  config: ModelConfig,
  cells: Cell[],
  w: NetworkArrays,
  batch: Batch,
  rng: Rng | null,
): ForwardResult {
  const { T, B } = batch;
  const d = inputFeatures(config);
  let input: LayerInput;
  if (config.input.kind === 'embedding' && w.embeddings && batch.ids) {
    const x = new Float64Array(T * B * d);
    const E = w.embeddings;
    const vocab = E.length / d;
    batch.ids.forEach((id, r) => {
      if (id >= 0 && id < vocab) x.set(E.subarray(id * d, (id + 1) * d), r * d);
    });
    input = { x, ids: null, width: d };
  } else if (config.input.kind === 'oneHot') {
    input = { x: null, ids: batch.ids, width: d };
  } else {
    input = { x: batch.x, ids: null, width: d };
  }
  const firstInput = input;
  const caches: LayerCache[] = [];
  const outputs: Float64Array[] = [];
  config.layers.forEach((layer, i) => {
    const { output, cache } = layerForward(layer, cells[i], w.layers[i], input, T, B, rng);
    caches.push(cache);
    outputs.push(output);
    input = { x: output, ids: null, width: layerOutputWidth(layer) };
  });
  const last = outputs[outputs.length - 1];
  const W = input.width;
  const everyStep = config.head.kind === 'everyStep';
  const headInput = everyStep ? last : lastStep(config, last, T, B);
  const rows = everyStep ? T * B : B;
  const U = config.head.units;
  const logits = new Float64Array(rows * U);
  matMul(logits, 0, headInput, 0, w.headKernel, rows, W, U, false);
  addRows(logits, w.headBias, 0, rows, U);
  return { batch, firstInput, caches, outputs, headInput, rows, logits };
}

/**
 * Backward pass from dL/dz of the head; adds every weight gradient into `g`. `firstHiddenTotal`
 * receives dL/dh(t) of the first layer's directions (for introspection).
 */
export function networkBackward(
  config: ModelConfig,
  cells: Cell[],
  w: NetworkArrays,
  g: NetworkArrays,
  fwd: ForwardResult,
  dLogits: Float64Array,
  cut: CutFn | null,
  firstHiddenTotal?: Float64Array[],
): void {
  const { T, B } = fwd.batch;
  const U = config.head.units;
  const L = config.layers.length;
  const W = layerOutputWidth(config.layers[L - 1]);
  matMulTransA(g.headKernel, fwd.headInput, 0, dLogits, 0, fwd.rows, W, U);
  sumRows(g.headBias, 0, dLogits, fwd.rows, U);
  const dHead = new Float64Array(fwd.rows * W);
  matMulTransB(dHead, 0, dLogits, 0, w.headKernel, fwd.rows, U, W, false);
  let dOut: Float64Array;
  if (config.head.kind === 'everyStep') {
    dOut = dHead;
  } else {
    dOut = new Float64Array(T * B * W);
    dOut.set(dHead, (T - 1) * B * W);
    const layer = config.layers[L - 1];
    if (layer.bidirectional && !layer.returnSequences) {
      const H = layer.units;
      for (let b = 0; b < B; b++) {
        dOut.fill(0, (T - 1) * B * W + b * W + H, (T - 1) * B * W + (b + 1) * W);
        dOut.set(dHead.subarray(b * W + H, (b + 1) * W), b * W + H);
      }
    }
  }
  const wantEmbedding = config.input.kind === 'embedding' && g.embeddings !== null;
  for (let i = L - 1; i >= 0; i--) {
    const wantInput = i > 0 || wantEmbedding;
    const dIn = layerBackward(
      cells[i],
      w.layers[i],
      g.layers[i],
      fwd.caches[i],
      dOut,
      cut,
      wantInput,
      i === 0 ? firstHiddenTotal : undefined,
    );
    if (i > 0) dOut = dIn as Float64Array;
    else if (wantEmbedding && dIn && fwd.batch.ids && g.embeddings) {
      const d = fwd.firstInput.width;
      const gE = g.embeddings;
      fwd.batch.ids.forEach((id, r) => {
        if (id < 0 || id >= gE.length / d) return;
        for (let j = 0; j < d; j++) gE[id * d + j] += dIn[r * d + j];
      });
    }
  }
}

/** Truncated BPTT with window k: links cut every k steps counted back from the last step. */
export function truncation(k: number | null, T: number): CutFn | null {
  if (k === null || !(k >= 1) || k >= T) return null;
  return (t: number) => (T - t) % k === 0;
}
