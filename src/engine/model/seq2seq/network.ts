/**
 * An encoder–decoder (Sutskever et al. 2014; Cho et al. 2014) on plain arrays: the encoder stack
 * reads the source sequence from a zero state; each decoder layer starts from the final state of
 * the encoder layer at the same depth (h, and c for LSTM) and reads the previous target token, a
 * start token at step 0. The head reads every decoder step.
 *
 * Decoder inputs: in training the true previous targets (teacher forcing), or with probability p
 * per sample and step the decoder's own previous argmax (free running at p = 1, scheduled sampling
 * in between); when predicting always its own argmax (greedy decoding). A chosen token is an id,
 * so no gradient flows through the choice.
 *
 * Backward: through the head and the decoder steps back to dL/d(initial state) of every decoder
 * layer, which is dL/d(final state) of its encoder layer; from there back through the encoder.
 * Time-major rows throughout, as in ../network.ts.
 */
import { createRng } from '../../rng';
import type { DecoderConfig, ModelConfig } from '../../types';
import type { ArrayData } from '../batch';
import { readBatch } from '../batch';
import type { DirectionWeights, LayerInput } from '../layer';
import { inputProjection } from '../layer';
import { addRows, matMul, matMulTransA, matMulTransB, sumRows } from '../linalg';
import { argmaxAt } from '../feed';
import { viewArrays, type NetworkArrays } from '../network';
import { decoderConfig, encoderConfig, seq2seqSpecs } from './specs';
import type { CellState, StateCell, StepRecord } from './stateCell';

/** Views of both parts' weights (or gradients). */
export interface Seq2SeqArrays {
  encoder: NetworkArrays;
  decoder: NetworkArrays;
}

export function seq2seqViews(config: ModelConfig, arrays: Float64Array[]): Seq2SeqArrays {
  const specs = seq2seqSpecs(config);
  const k = specs.encoder.length;
  return {
    encoder: viewArrays(encoderConfig(config), specs.encoder, arrays.slice(0, k)),
    decoder: viewArrays(decoderConfig(config), specs.decoder, arrays.slice(k)),
  };
}

/** One recurrent layer run step by step: its input, the projection and every step's record. */
interface LayerRun {
  input: LayerInput;
  records: StepRecord[];
}

export interface Seq2SeqForward {
  B: number;
  Tin: number;
  Tout: number;
  encoder: LayerRun[];
  /** Decoder layers, each over all output steps (inputs filled step by step). */
  decoder: LayerRun[];
  /** Decoder tokens read at each step, [Tout·B] (start token, then targets or predictions). */
  tokens: Int32Array;
  /** Top decoder layer's h(t), [Tout·B, units], as the head read it. */
  top: Float64Array;
  /** Head pre-activation, [Tout·B, V]. */
  logits: Float64Array;
}

/** Dense rows of a layer input for ids: one-hot (null: the projection looks rows up) or embedding. */
function embed(ids: Int32Array, input: ModelConfig['input'], E: Float64Array | null): LayerInput {
  if (input.kind === 'embedding' && E) {
    const d = input.dim;
    const x = new Float64Array(ids.length * d);
    ids.forEach((id, r) => {
      if (id >= 0 && id < input.vocabSize) x.set(E.subarray(id * d, (id + 1) * d), r * d);
    });
    return { x, ids: null, width: d };
  }
  if (input.kind === 'oneHot') return { x: null, ids, width: input.vocabSize };
  throw new Error('a decoder reads token ids');
}

/** The first encoder layer's input for a batch. */
function encoderInput(config: ModelConfig, w: NetworkArrays, x: ArrayData, B: number) {
  const batch = readBatch(config, x, 0, B);
  if (config.input.kind === 'dense') {
    return { T: batch.T, input: { x: batch.x, ids: null, width: config.input.features } };
  }
  return { T: batch.T, input: embed(batch.ids as Int32Array, config.input, w.embeddings) };
}

/** Runs one layer over T steps from `initial`; returns its records and output rows [T·B, H]. */
function runLayer(
  cell: StateCell,
  w: DirectionWeights,
  input: LayerInput,
  T: number,
  B: number,
  initial: CellState,
): { records: StepRecord[]; output: Float64Array } {
  const G = cell.gates * cell.units;
  const H = cell.units;
  const xp = inputProjection(input, w, T * B, G);
  const whT = cell.prepare(w.cell);
  const records: StepRecord[] = [];
  const output = new Float64Array(T * B * H);
  let state = initial;
  for (let t = 0; t < T; t++) {
    const rec = cell.step(xp.subarray(t * B * G, (t + 1) * B * G), state, w.cell, whT, B);
    records.push(rec);
    output.set(rec.next.h, t * B * H);
    state = rec.next;
  }
  return { records, output };
}

/**
 * Forward pass. `targets` (time-major ids [Tout·B]) are read as teacher-forced inputs where `feed`
 * is 0; null targets (prediction) feed the argmax everywhere.
 */
export function seq2seqForward(
  config: ModelConfig,
  cells: StateCell[],
  w: Seq2SeqArrays,
  x: ArrayData,
  targets: Int32Array | null,
  feed: Uint8Array | null,
): Seq2SeqForward {
  const decoder = config.decoder as DecoderConfig;
  const B = x.shape[0];
  const Tout = decoder.steps;
  const V = config.head.units;
  const { T: Tin, input: first } = encoderInput(config, w.encoder, x, B);
  const encoder: LayerRun[] = [];
  const finals: CellState[] = [];
  let input: LayerInput = first;
  cells.forEach((cell, l) => {
    const run = runLayer(cell, w.encoder.layers[l][0], input, Tin, B, cell.zero(B));
    encoder.push({ input, records: run.records });
    finals.push(run.records[Tin - 1].next);
    input = { x: run.output, ids: null, width: cell.units };
  });
  const tokens = new Int32Array(Tout * B);
  const L = cells.length;
  const H = cells[L - 1].units;
  const top = new Float64Array(Tout * B * H);
  const logits = new Float64Array(Tout * B * V);
  const dec: LayerRun[] = cells.map(() => ({
    input: { x: null, ids: null, width: 0 },
    records: [],
  }));
  const whT = cells.map((c, l) => c.prepare(w.decoder.layers[l][0].cell));
  const stepInputs: LayerInput[][] = cells.map(() => []);
  let states = finals;
  for (let t = 0; t < Tout; t++) {
    for (let b = 0; b < B; b++) {
      const r = t * B + b;
      if (t === 0) tokens[r] = decoder.startToken;
      else if (!targets || (feed && feed[r] === 1)) tokens[r] = argmaxAt(logits, (r - B) * V, V);
      else tokens[r] = targets[r - B];
    }
    let stepInput = embed(tokens.subarray(t * B, (t + 1) * B), decoder.input, w.decoder.embeddings);
    states = states.map((state, l) => {
      const lw = w.decoder.layers[l][0];
      const xp = inputProjection(stepInput, lw, B, cells[l].gates * cells[l].units);
      const rec = cells[l].step(xp, state, lw.cell, whT[l], B);
      stepInputs[l].push(stepInput);
      dec[l].records.push(rec);
      stepInput = { x: rec.next.h, ids: null, width: cells[l].units };
      return rec.next;
    });
    top.set(states[L - 1].h, t * B * H);
    matMul(logits, t * B * V, states[L - 1].h, 0, w.decoder.headKernel, B, H, V, false);
    addRows(logits.subarray(t * B * V, (t + 1) * B * V), w.decoder.headBias, 0, B, V);
  }
  // Each decoder layer's inputs over all steps as one input, for one kernel-gradient product.
  dec.forEach((run, l) => (run.input = joinInputs(stepInputs[l], B)));
  return { B, Tin, Tout, encoder, decoder: dec, tokens, top, logits };
}

/** Concatenates per-step inputs of B rows into one [T·B] input. */
function joinInputs(steps: LayerInput[], B: number): LayerInput {
  const width = steps[0].width;
  if (steps[0].ids) {
    const ids = new Int32Array(steps.length * B);
    steps.forEach((s, t) => ids.set(s.ids as Int32Array, t * B));
    return { x: null, ids, width };
  }
  const x = new Float64Array(steps.length * B * width);
  steps.forEach((s, t) => x.set(s.x as Float64Array, t * B * width));
  return { x, ids: null, width };
}

/** Adds kernel and bias gradients for dxp over all T·B rows; returns dL/d(input) if wanted. */
function inputBackward(
  run: LayerRun,
  w: DirectionWeights,
  g: DirectionWeights,
  dxp: Float64Array,
  rows: number,
  G: number,
  wantInput: boolean,
): Float64Array | null {
  sumRows(g.bias, 0, dxp, rows, G);
  const input = run.input;
  if (input.ids) {
    for (let r = 0; r < rows; r++) {
      const id = input.ids[r];
      if (id < 0 || id >= input.width) continue;
      for (let j = 0; j < G; j++) g.kernel[id * G + j] += dxp[r * G + j];
    }
    return null;
  }
  const x = input.x as Float64Array;
  matMulTransA(g.kernel, x, 0, dxp, 0, rows, input.width, G);
  if (!wantInput) return null;
  const dx = new Float64Array(rows * input.width);
  matMulTransB(dx, 0, dxp, 0, w.kernel, rows, G, input.width, false);
  return dx;
}

/** Scatters dL/d(embedded rows) into the embedding gradient. */
function embeddingBackward(gE: Float64Array | null, ids: Int32Array, dx: Float64Array, d: number) {
  if (!gE) return;
  ids.forEach((id, r) => {
    if (id < 0 || id >= gE.length / d) return;
    for (let j = 0; j < d; j++) gE[id * d + j] += dx[r * d + j];
  });
}

/**
 * Backward pass from dL/dz of the head ([Tout·B, V]); adds every gradient into `g`.
 * `encoderIds` are the source ids (for an embedded encoder input), time-major.
 */
export function seq2seqBackward(
  config: ModelConfig,
  cells: StateCell[],
  w: Seq2SeqArrays,
  g: Seq2SeqArrays,
  fwd: Seq2SeqForward,
  dLogits: Float64Array,
  encoderIds: Int32Array | null,
): void {
  const { B, Tin, Tout } = fwd;
  const V = config.head.units;
  const L = cells.length;
  const H = cells[L - 1].units;
  matMulTransA(g.decoder.headKernel, fwd.top, 0, dLogits, 0, Tout * B, H, V);
  sumRows(g.decoder.headBias, 0, dLogits, Tout * B, V);
  // dL/dh of the top decoder layer at every step, from the head.
  let dOut: Float64Array = new Float64Array(Tout * B * H);
  matMulTransB(dOut, 0, dLogits, 0, w.decoder.headKernel, Tout * B, V, H, false);
  const dInitial: CellState[] = [];
  const decoderInput = (config.decoder as DecoderConfig).input;
  for (let l = L - 1; l >= 0; l--) {
    const { dxp, dFirst } = layerBackward(
      cells[l],
      w.decoder.layers[l][0],
      g.decoder.layers[l][0],
      fwd.decoder[l],
      dOut,
      null,
      Tout,
      B,
    );
    dInitial[l] = dFirst;
    const dIn = inputBackward(
      fwd.decoder[l],
      w.decoder.layers[l][0],
      g.decoder.layers[l][0],
      dxp,
      Tout * B,
      cells[l].gates * cells[l].units,
      l > 0 || decoderInput.kind === 'embedding',
    );
    if (l > 0) dOut = dIn as Float64Array;
    else if (dIn && decoderInput.kind === 'embedding') {
      embeddingBackward(g.decoder.embeddings, fwd.tokens, dIn, decoderInput.dim);
    }
  }
  let dSeq: Float64Array = new Float64Array(Tin * B * cells[L - 1].units);
  for (let l = L - 1; l >= 0; l--) {
    const { dxp } = layerBackward(
      cells[l],
      w.encoder.layers[l][0],
      g.encoder.layers[l][0],
      fwd.encoder[l],
      dSeq,
      dInitial[l],
      Tin,
      B,
    );
    const wantInput = l > 0 || config.input.kind === 'embedding';
    const dIn = inputBackward(
      fwd.encoder[l],
      w.encoder.layers[l][0],
      g.encoder.layers[l][0],
      dxp,
      Tin * B,
      cells[l].gates * cells[l].units,
      wantInput,
    );
    if (l > 0) dSeq = dIn as Float64Array;
    else if (dIn && config.input.kind === 'embedding' && encoderIds) {
      embeddingBackward(g.encoder.embeddings, encoderIds, dIn, config.input.dim);
    }
  }
}

/**
 * BPTT through one layer's records: `dOut` is dL/dh(t) from above at every step, `dLast` an extra
 * dL/d(final state) (the decoder's initial-state gradient, for an encoder layer). Adds recurrent
 * weight gradients; returns dL/dxp for all steps and dL/d(initial state).
 */
function layerBackward(
  cell: StateCell,
  w: DirectionWeights,
  g: DirectionWeights,
  run: LayerRun,
  dOut: Float64Array,
  dLast: CellState | null,
  T: number,
  B: number,
): { dxp: Float64Array; dFirst: CellState } {
  const H = cell.units;
  const G = cell.gates * H;
  const dxp = new Float64Array(T * B * G);
  let carry: CellState = dLast
    ? { h: dLast.h.slice(), c: dLast.c ? dLast.c.slice() : null }
    : cell.zero(B);
  for (let t = T - 1; t >= 0; t--) {
    const dh = carry.h;
    for (let i = 0; i < B * H; i++) dh[i] += dOut[t * B * H + i];
    const back = cell.back(run.records[t], w.cell, carry, g.cell, B);
    dxp.set(back.dxp, t * B * G);
    carry = back.dPrev;
  }
  return { dxp, dFirst: carry };
}

/** Coin flips for scheduled sampling in the decoder, as in ../feed.ts (step 0 reads the start token). */
export function decoderFeedMask(Tout: number, B: number, p: number, seed: number): Uint8Array {
  const mask = new Uint8Array(Tout * B);
  if (p <= 0) return mask;
  const rng = createRng(seed);
  for (let r = B; r < Tout * B; r++) mask[r] = p >= 1 || rng.next() < p ? 1 : 0;
  return mask;
}
