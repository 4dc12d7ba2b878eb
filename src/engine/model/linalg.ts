/**
 * Dense products on row-major Float64Arrays, the arithmetic under the hand-written forward and
 * backward passes.
 *
 * Why not tfjs kernels: a recurrent step on a small model is a few thousand multiply-adds, and on
 * every tfjs backend each kernel launch costs more than that (≈ 10 µs on wasm, see PLATFORM.md).
 * The products run in a small WebAssembly SIMD module of our own (linalgWasm.wat) where the
 * runtime has SIMD, 3.5–4.5× faster than the JavaScript loops below, which remain the fallback and
 * the reference; operands are copied into the module's memory and the result copied back, which
 * costs a few per cent at the sizes a recurrent step has. The LSTM and GRU passes run there whole
 * (lstmForwardWasm, lstmBackwardWasm, gruForwardWasm, gruBackwardWasm: time loop, gates and
 * recurrent products in one call each), equal to the JavaScript cells within 1e-12. Both run the
 * same on every tfjs backend.
 */
import { wasmKernels, type WasmKernels } from './linalgWasm';

export { linalgWasmBytes, setWasmKernels, usingWasmKernels } from './linalgWasm';

/** Below this many multiply-adds the copies cost more than SIMD saves (measured in Node 20). */
const WASM_MIN_MACS = 1024;

/**
 * Runs a product in the module: a at address 0, b after it, the output block after b (its current
 * values copied in when the kernel adds to them); `kernel` gets the byte addresses of the output
 * and of b, then the result is copied back to out[outOff, outOff + outLen).
 */
function inModule(
  w: WasmKernels,
  a: Float64Array,
  b: Float64Array,
  out: Float64Array,
  outOff: number,
  outLen: number,
  accumulate: boolean,
  kernel: (outAddress: number, bAddress: number) => void,
): void {
  const pb = a.length;
  const po = pb + b.length;
  const heap = w.reserve(po + outLen);
  heap.set(a, 0);
  heap.set(b, pb);
  if (accumulate) heap.set(out.subarray(outOff, outOff + outLen), po);
  kernel(po * 8, pb * 8);
  out.set(heap.subarray(po, po + outLen), outOff);
}

/**
 * out[m×k] (+)= a[m×n] · b[k×n]ᵀ in plain JavaScript, the fallback where WebAssembly SIMD is
 * missing and the path for products too small to repay copying: each output is a dot
 * product of two contiguous rows. Blocks of 2 rows of a × 4 rows of b keep 8 sums in registers
 * and load each operand once per 4 (or 2) multiply-adds, about 4× faster in V8 than one row at a
 * time (measured in Node 20).
 */
export function matMulTransBScalar(
  out: Float64Array,
  outOff: number,
  a: Float64Array,
  aOff: number,
  b: Float64Array,
  m: number,
  n: number,
  k: number,
  accumulate: boolean,
): void {
  const keep = accumulate ? 1 : 0;
  let i = 0;
  for (; i + 1 < m; i += 2) {
    const a0 = aOff + i * n;
    const a1 = a0 + n;
    const o0 = outOff + i * k;
    const o1 = o0 + k;
    let p = 0;
    for (; p + 3 < k; p += 4) {
      const b0 = p * n;
      const b1 = b0 + n;
      const b2 = b1 + n;
      const b3 = b2 + n;
      let s00 = 0;
      let s01 = 0;
      let s02 = 0;
      let s03 = 0;
      let s10 = 0;
      let s11 = 0;
      let s12 = 0;
      let s13 = 0;
      for (let j = 0; j < n; j++) {
        const x0 = a[a0 + j];
        const x1 = a[a1 + j];
        const y0 = b[b0 + j];
        const y1 = b[b1 + j];
        const y2 = b[b2 + j];
        const y3 = b[b3 + j];
        s00 += x0 * y0;
        s01 += x0 * y1;
        s02 += x0 * y2;
        s03 += x0 * y3;
        s10 += x1 * y0;
        s11 += x1 * y1;
        s12 += x1 * y2;
        s13 += x1 * y3;
      }
      out[o0 + p] = keep * out[o0 + p] + s00;
      out[o0 + p + 1] = keep * out[o0 + p + 1] + s01;
      out[o0 + p + 2] = keep * out[o0 + p + 2] + s02;
      out[o0 + p + 3] = keep * out[o0 + p + 3] + s03;
      out[o1 + p] = keep * out[o1 + p] + s10;
      out[o1 + p + 1] = keep * out[o1 + p + 1] + s11;
      out[o1 + p + 2] = keep * out[o1 + p + 2] + s12;
      out[o1 + p + 3] = keep * out[o1 + p + 3] + s13;
    }
    for (; p < k; p++) {
      const b0 = p * n;
      let s0 = 0;
      let s1 = 0;
      for (let j = 0; j < n; j++) {
        const y = b[b0 + j];
        s0 += a[a0 + j] * y;
        s1 += a[a1 + j] * y;
      }
      out[o0 + p] = keep * out[o0 + p] + s0;
      out[o1 + p] = keep * out[o1 + p] + s1;
    }
  }
  for (; i < m; i++) {
    const a0 = aOff + i * n;
    const o0 = outOff + i * k;
    for (let p = 0; p < k; p++) {
      const b0 = p * n;
      let s = 0;
      for (let j = 0; j < n; j++) s += a[a0 + j] * b[b0 + j];
      out[o0 + p] = keep * out[o0 + p] + s;
    }
  }
}

/**
 * out[m×k] (+)= a[m×n] · b[k×n]ᵀ, the product every forward step and input gradient goes through.
 */
export function matMulTransB(
  out: Float64Array,
  outOff: number,
  a: Float64Array,
  aOff: number,
  b: Float64Array,
  m: number,
  n: number,
  k: number,
  accumulate: boolean,
): void {
  const w = m * n * k >= WASM_MIN_MACS ? wasmKernels() : null;
  if (!w) {
    matMulTransBScalar(out, outOff, a, aOff, b, m, n, k, accumulate);
    return;
  }
  inModule(
    w,
    a.subarray(aOff, aOff + m * n),
    b.subarray(0, k * n),
    out,
    outOff,
    m * k,
    accumulate,
    (po, pb) => w.transB(po, 0, pb, m, n, k, accumulate ? 1 : 0),
  );
}

/** out[k×n] += a[m×k]ᵀ · b[m×n]: a weight gradient Xᵀ·dZ summed over m rows. */
export function matMulTransA(
  out: Float64Array,
  a: Float64Array,
  aOff: number,
  b: Float64Array,
  bOff: number,
  m: number,
  k: number,
  n: number,
): void {
  const w = m * n * k >= WASM_MIN_MACS ? wasmKernels() : null;
  if (!w) {
    matMulTransAScalar(out, a, aOff, b, bOff, m, k, n);
    return;
  }
  inModule(
    w,
    a.subarray(aOff, aOff + m * k),
    b.subarray(bOff, bOff + m * n),
    out,
    0,
    k * n,
    true,
    (po, pb) => w.transA(po, 0, pb, m, k, n),
  );
}

/**
 * Doubles left past the last array placed for the time-loop kernels: at the last column of an odd
 * width they load a pair and store one lane, so a load may reach one double past an array's end.
 */
const SLACK = 2;

/** What an LSTM forward pass computes for every step, [T·B, ·] time-major. */
export interface LstmForwardArrays {
  /** Gate activations i f g o, [T·B, 4H]. */
  gates: Float64Array;
  cellState: Float64Array;
  tanhC: Float64Array;
  hidden: Float64Array;
}

/**
 * The whole LSTM forward pass in the WebAssembly module (recurrent products and gates, the time
 * loop included, so nothing is copied per step), or null where the module is unavailable. `xp`
 * is x·Wx + b for all steps, [T·B, 4H]; `recurrent` is Wh, [H, 4H].
 */
export function lstmForwardWasm(
  xp: Float64Array,
  recurrent: Float64Array,
  T: number,
  B: number,
  H: number,
): LstmForwardArrays | null {
  const w = wasmKernels();
  if (!w) return null;
  const nG = T * B * 4 * H;
  const nH = T * B * H;
  const pw = nG;
  const pc = pw + 4 * H * H;
  const heap = w.reserve(pc + 3 * nH + SLACK);
  heap.set(xp.subarray(0, nG), 0);
  heap.set(recurrent.subarray(0, 4 * H * H), pw);
  w.lstmForward(0, pw * 8, pc * 8, (pc + nH) * 8, (pc + 2 * nH) * 8, T, B, H);
  return {
    gates: heap.slice(0, nG),
    cellState: heap.slice(pc, pc + nH),
    tanhC: heap.slice(pc + nH, pc + 2 * nH),
    hidden: heap.slice(pc + 2 * nH, pc + 3 * nH),
  };
}

/** Which steps truncated BPTT cuts: `cut(t)` true stops the gradient from step t into t − 1. */
export type StepCut = ((t: number) => boolean) | null;

/** Writes the cut as T doubles (1 where cut) at `at` of the module's memory. */
function writeCut(heap: Float64Array, at: number, T: number, cut: StepCut): void {
  for (let t = 0; t < T; t++) heap[at + t] = t > 0 && cut && cut(t) ? 1 : 0;
}

/** What the LSTM backward pass reads: the forward's arrays, [T·B, ·], and the weights. */
export interface LstmBackwardInput {
  T: number;
  B: number;
  H: number;
  /** Gate activations i f g o, [T·B, 4H]. */
  gates: Float64Array;
  cellState: Float64Array;
  tanhC: Float64Array;
  hidden: Float64Array;
  /** dL/dh(t) from above, [T·B, H] (not modified). */
  dHidden: Float64Array;
  /** Wh, [H, 4H]. */
  recurrent: Float64Array;
  /** dL/dWh, [H, 4H], added to. */
  gradRecurrent: Float64Array;
  cut: StepCut;
  /** Receives the total dL/dh(t) when given. */
  dHiddenTotal?: Float64Array;
}

/**
 * The whole LSTM backward pass in the WebAssembly module (the dh/dc recurrence, gate gradients and
 * the recurrent products, time loop included) and the recurrent weight gradient; returns dL/dxp,
 * [T·B, 4H], or null where the module is unavailable.
 */
export function lstmBackwardWasm(a: LstmBackwardInput): Float64Array | null {
  const w = wasmKernels();
  if (!w) return null;
  const { T, B, H } = a;
  const G = 4 * H;
  const nG = T * B * G;
  const nH = T * B * H;
  const pc = nG;
  const ptc = pc + nH;
  const pdh = ptc + nH;
  const pwh = pdh + nH;
  const pcut = pwh + H * G;
  const pdx = pcut + T;
  const pch = pdx + nG;
  const pcc = pch + B * H;
  const phid = pcc + B * H;
  const pgr = phid + nH;
  const heap = w.reserve(pgr + H * G + SLACK);
  heap.set(a.gates.subarray(0, nG), 0);
  heap.set(a.cellState.subarray(0, nH), pc);
  heap.set(a.tanhC.subarray(0, nH), ptc);
  heap.set(a.dHidden.subarray(0, nH), pdh);
  heap.set(a.recurrent.subarray(0, H * G), pwh);
  writeCut(heap, pcut, T, a.cut);
  w.lstmBackward(
    0,
    pc * 8,
    ptc * 8,
    pdh * 8,
    pwh * 8,
    pcut * 8,
    pdx * 8,
    pch * 8,
    pcc * 8,
    T,
    B,
    H,
  );
  if (a.dHiddenTotal) a.dHiddenTotal.set(heap.subarray(pdh, pdh + nH));
  // dWh += Σ_t h(t−1)ᵀ·dxp(t), on the gradients already in the module's memory.
  if (T > 1) {
    heap.set(a.hidden.subarray(0, nH), phid);
    heap.set(a.gradRecurrent.subarray(0, H * G), pgr);
    w.transA(pgr * 8, phid * 8, (pdx + B * G) * 8, (T - 1) * B, H, G);
    a.gradRecurrent.set(heap.subarray(pgr, pgr + H * G));
  }
  return heap.slice(pdx, pdx + nG);
}

/** What a GRU forward pass computes for every step, [T·B, ·] time-major. */
export interface GruForwardArrays {
  /** Gate activations z r g, [T·B, 3H]. */
  gates: Float64Array;
  hidden: Float64Array;
  /** r ⊙ h(t−1), or h(t−1)·Whg + b′g with reset_after, [T·B, H]. */
  resetInput: Float64Array;
}

/**
 * The whole GRU forward pass in the WebAssembly module, either convention, or null where the
 * module is unavailable. `xp` is x·Wx + b for all steps, [T·B, 3H]; `recurrent` is Wh, [H, 3H];
 * `recurrentBias` b′ (reset_after only; missing reads as zeros).
 */
export function gruForwardWasm(
  xp: Float64Array,
  recurrent: Float64Array,
  recurrentBias: Float64Array | undefined,
  T: number,
  B: number,
  H: number,
  resetAfter: boolean,
): GruForwardArrays | null {
  const w = wasmKernels();
  if (!w) return null;
  const G = 3 * H;
  const nG = T * B * G;
  const nH = T * B * H;
  const pw = nG;
  const prb = pw + G * H;
  const ph = prb + G;
  const pri = ph + nH;
  const ps = pri + nH;
  const heap = w.reserve(ps + B * G + SLACK);
  heap.set(xp.subarray(0, nG), 0);
  heap.set(recurrent.subarray(0, G * H), pw);
  if (resetAfter && recurrentBias) heap.set(recurrentBias.subarray(0, G), prb);
  else heap.fill(0, prb, prb + G);
  w.gruForward(0, pw * 8, prb * 8, ph * 8, pri * 8, ps * 8, T, B, H, resetAfter ? 1 : 0);
  return {
    gates: heap.slice(0, nG),
    hidden: heap.slice(ph, ph + nH),
    resetInput: heap.slice(pri, pri + nH),
  };
}

/** What the GRU backward pass reads: the forward's arrays, [T·B, ·], and the weights. */
export interface GruBackwardInput {
  T: number;
  B: number;
  H: number;
  resetAfter: boolean;
  /** Gate activations z r g, [T·B, 3H]. */
  gates: Float64Array;
  hidden: Float64Array;
  resetInput: Float64Array;
  /** dL/dh(t) from above, [T·B, H] (not modified). */
  dHidden: Float64Array;
  /** Wh, [H, 3H]. */
  recurrent: Float64Array;
  /** dL/dWh, [H, 3H], added to. */
  gradRecurrent: Float64Array;
  /** dL/db′, [3H], added to (reset_after). */
  gradRecurrentBias?: Float64Array;
  cut: StepCut;
  /** Receives the total dL/dh(t) when given. */
  dHiddenTotal?: Float64Array;
}

/**
 * The whole GRU backward pass in the WebAssembly module, either convention, and the recurrent
 * weight (and bias) gradients; returns dL/dxp, [T·B, 3H], or null where the module is unavailable.
 */
export function gruBackwardWasm(a: GruBackwardInput): Float64Array | null {
  const w = wasmKernels();
  if (!w) return null;
  const { T, B, H, resetAfter } = a;
  const G = 3 * H;
  const nG = T * B * G;
  const nH = T * B * H;
  // Without reset_after the z r columns and the candidate's columns of Wh are separate products.
  const rw = resetAfter ? G : 2 * H;
  const ph = nG;
  const pri = ph + nH;
  const pdh = pri + nH;
  const pwa = pdh + nH;
  const pwb = pwa + H * rw;
  const pcut = pwb + (resetAfter ? 0 : H * H);
  const pdx = pcut + T;
  const pdr = pdx + nG;
  const pdg = pdr + T * B * rw;
  const ps = pdg + (resetAfter ? 0 : nH);
  const pgr = ps + 3 * B * H;
  const pgb = pgr + H * G;
  const heap = w.reserve(pgb + G + SLACK);
  heap.set(a.gates.subarray(0, nG), 0);
  heap.set(a.hidden.subarray(0, nH), ph);
  heap.set(a.resetInput.subarray(0, nH), pri);
  heap.set(a.dHidden.subarray(0, nH), pdh);
  const wh = a.recurrent;
  if (resetAfter) heap.set(wh.subarray(0, H * G), pwa);
  else {
    for (let i = 0; i < H; i++) {
      heap.set(wh.subarray(i * G, i * G + 2 * H), pwa + i * 2 * H);
      heap.set(wh.subarray(i * G + 2 * H, (i + 1) * G), pwb + i * H);
    }
  }
  writeCut(heap, pcut, T, a.cut);
  w.gruBackward(
    0,
    ph * 8,
    pri * 8,
    pdh * 8,
    pwa * 8,
    pwb * 8,
    pcut * 8,
    pdx * 8,
    pdr * 8,
    pdg * 8,
    ps * 8,
    T,
    B,
    H,
    resetAfter ? 1 : 0,
  );
  if (a.dHiddenTotal) a.dHiddenTotal.set(heap.subarray(pdh, pdh + nH));
  const rows = (T - 1) * B;
  const gr = a.gradRecurrent;
  if (resetAfter) {
    // dWh += Σ_t h(t−1)ᵀ·dRec(t), db′ += Σ_t dRec(t).
    // The recurrent rows are in the module's memory already: summed there, no copy.
    const gb = a.gradRecurrentBias;
    if (gb) {
      heap.set(gb.subarray(0, G), pgb);
      w.sumRows(pgb * 8, pdr * 8, T * B, G);
      gb.set(heap.subarray(pgb, pgb + G));
    }
    if (rows > 0) {
      heap.set(gr.subarray(0, H * G), pgr);
      w.transA(pgr * 8, ph * 8, (pdr + B * G) * 8, rows, H, G);
      gr.set(heap.subarray(pgr, pgr + H * G));
    }
  } else if (rows > 0) {
    // The z r block from h(t−1), the candidate block from r ⊙ h(t−1), into their columns.
    const pgg = pgr + H * 2 * H;
    heap.fill(0, pgr, pgr + H * G);
    w.transA(pgr * 8, ph * 8, (pdr + B * 2 * H) * 8, rows, H, 2 * H);
    w.transA(pgg * 8, (pri + B * H) * 8, (pdg + B * H) * 8, rows, H, H);
    for (let i = 0; i < H; i++) {
      const o = i * G;
      for (let j = 0; j < 2 * H; j++) gr[o + j] += heap[pgr + i * 2 * H + j];
      for (let j = 0; j < H; j++) gr[o + 2 * H + j] += heap[pgg + i * H + j];
    }
  }
  return heap.slice(pdx, pdx + nG);
}

/** Transposes rows [off, off + rows·cols) of a, seen as [rows×cols], into a new [cols×rows]. */
export function transposeBlock(
  a: Float64Array,
  off: number,
  rows: number,
  cols: number,
): Float64Array {
  const t = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const r = off + i * cols;
    for (let j = 0; j < cols; j++) t[j * rows + i] = a[r + j];
  }
  return t;
}

/** Transposes a [rows×cols] matrix. */
export function transpose(a: Float64Array, rows: number, cols: number): Float64Array {
  return transposeBlock(a, 0, rows, cols);
}

/**
 * out[m×n] (+)= a[m×k] · b[k×n]: in WebAssembly without transposing b (each a[i, p] times row p of
 * b); in JavaScript b is transposed once, then matMulTransBScalar.
 */
export function matMul(
  out: Float64Array,
  outOff: number,
  a: Float64Array,
  aOff: number,
  b: Float64Array,
  m: number,
  k: number,
  n: number,
  accumulate: boolean,
): void {
  const w = m * n * k >= WASM_MIN_MACS ? wasmKernels() : null;
  if (!w) {
    matMulTransBScalar(out, outOff, a, aOff, transpose(b, k, n), m, k, n, accumulate);
    return;
  }
  inModule(
    w,
    a.subarray(aOff, aOff + m * k),
    b.subarray(0, k * n),
    out,
    outOff,
    m * n,
    accumulate,
    (po, pb) => w.matMul(po, 0, pb, m, k, n, n, accumulate ? 1 : 0),
  );
}

/**
 * out[k×n] += a[m×k]ᵀ · b[m×n] in plain JavaScript (see matMulTransBScalar for when it runs): a
 * weight gradient Xᵀ·dZ summed over m rows. Same 2×4 register
 * blocks as matMulTransB, over (row of out, column of out), walking down the m rows of a and b,
 * so the long operands are never transposed.
 */
export function matMulTransAScalar(
  out: Float64Array,
  a: Float64Array,
  aOff: number,
  b: Float64Array,
  bOff: number,
  m: number,
  k: number,
  n: number,
): void {
  let p = 0;
  for (; p + 1 < k; p += 2) {
    let j = 0;
    for (; j + 3 < n; j += 4) {
      let s00 = 0;
      let s01 = 0;
      let s02 = 0;
      let s03 = 0;
      let s10 = 0;
      let s11 = 0;
      let s12 = 0;
      let s13 = 0;
      let ai = aOff + p;
      let bi = bOff + j;
      for (let i = 0; i < m; i++, ai += k, bi += n) {
        const x0 = a[ai];
        const x1 = a[ai + 1];
        const y0 = b[bi];
        const y1 = b[bi + 1];
        const y2 = b[bi + 2];
        const y3 = b[bi + 3];
        s00 += x0 * y0;
        s01 += x0 * y1;
        s02 += x0 * y2;
        s03 += x0 * y3;
        s10 += x1 * y0;
        s11 += x1 * y1;
        s12 += x1 * y2;
        s13 += x1 * y3;
      }
      const o0 = p * n + j;
      const o1 = o0 + n;
      out[o0] += s00;
      out[o0 + 1] += s01;
      out[o0 + 2] += s02;
      out[o0 + 3] += s03;
      out[o1] += s10;
      out[o1 + 1] += s11;
      out[o1 + 2] += s12;
      out[o1 + 3] += s13;
    }
    for (; j < n; j++) {
      let s0 = 0;
      let s1 = 0;
      for (let i = 0; i < m; i++) {
        const y = b[bOff + i * n + j];
        s0 += a[aOff + i * k + p] * y;
        s1 += a[aOff + i * k + p + 1] * y;
      }
      out[p * n + j] += s0;
      out[(p + 1) * n + j] += s1;
    }
  }
  for (; p < k; p++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let i = 0; i < m; i++) s += a[aOff + i * k + p] * b[bOff + i * n + j];
      out[p * n + j] += s;
    }
  }
}

/** Below this many values a bias row's copies into WebAssembly cost more than SIMD saves. */
const WASM_MIN_ROW_VALUES = 4096;

/**
 * Adds a bias row to each of m rows: out[i, :] += bias. In WebAssembly for large blocks (an input
 * projection, [T·B, gates·units]); in JavaScript column by column, the bias value held in a
 * register, about twice as fast in V8 as row by row, where each add reloads it (Node 20).
 */
export function addRows(
  out: Float64Array,
  bias: Float64Array,
  biasOff: number,
  m: number,
  n: number,
): void {
  const w = m * n >= WASM_MIN_ROW_VALUES ? wasmKernels() : null;
  if (w) {
    const heap = w.reserve(n + m * n + SLACK);
    heap.set(bias.subarray(biasOff, biasOff + n), 0);
    heap.set(out.subarray(0, m * n), n);
    w.addRows(n * 8, 0, m, n);
    out.set(heap.subarray(n, n + m * n));
    return;
  }
  const end = m * n;
  for (let j = 0; j < n; j++) {
    const b = bias[biasOff + j];
    for (let o = j; o < end; o += n) out[o] += b;
  }
}

/**
 * acc[j] += Σᵢ rows[i, j]: a bias gradient. In WebAssembly for large blocks, adding row after row
 * as a plain loop does; in JavaScript column by column in four running sums (rows i mod 4),
 * about three times as fast in V8 as adding each row into acc (Node 20).
 */
export function sumRows(
  acc: Float64Array,
  accOff: number,
  rows: Float64Array,
  m: number,
  n: number,
): void {
  const w = m * n >= WASM_MIN_ROW_VALUES ? wasmKernels() : null;
  if (w) {
    const heap = w.reserve(n + m * n + SLACK);
    heap.set(acc.subarray(accOff, accOff + n), 0);
    heap.set(rows.subarray(0, m * n), n);
    w.sumRows(0, n * 8, m, n);
    acc.set(heap.subarray(0, n), accOff);
    return;
  }
  const step = 4 * n;
  for (let j = 0; j < n; j++) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let o = j;
    let i = 0;
    for (; i + 3 < m; i += 4, o += step) {
      s0 += rows[o];
      s1 += rows[o + n];
      s2 += rows[o + 2 * n];
      s3 += rows[o + 3 * n];
    }
    for (; i < m; i++, o += n) s0 += rows[o];
    acc[accOff + j] += s0 + s1 + (s2 + s3);
  }
}

/** Logistic sigmoid σ(x) = 1 / (1 + e^(−x)), Keras 2+'s recurrent activation. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
