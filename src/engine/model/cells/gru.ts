/**
 * GRU cell (Keras `GRU`, activation tanh, recurrent activation sigmoid), in both of Keras's
 * conventions. Gate blocks in Keras order z (update), r (reset), g (candidate; Keras calls it h):
 *
 *   z(t) = σ(x(t)·Wxz + h(t−1)·Whz + bz),   r(t) = σ(x(t)·Wxr + h(t−1)·Whr + br)
 *   reset_after = false (tf.layers' GRU, Keras 1):  g(t) = tanh(x(t)·Wxg + (r(t) ⊙ h(t−1))·Whg + bg)
 *   reset_after = true (Keras 2+ default, with a second, recurrent bias b′):
 *                                                   g(t) = tanh(x(t)·Wxg + bg + r(t) ⊙ (h(t−1)·Whg + b′g))
 *   h(t) = z(t) ⊙ h(t−1) + (1 − z(t)) ⊙ g(t)
 *
 * The course writes h(t) = z ⊙ h(t−1) + (1 − z) ⊙ g exactly as Keras does. Cho et al. and many
 * texts swap z and 1 − z; the two are the same model with the z weights and bias negated, because
 * 1 − σ(a) = σ(−a) (see `swapUpdateGateConvention`).
 */
import {
  gruBackwardWasm,
  gruForwardWasm,
  matMulTransA,
  matMulTransB,
  sigmoid,
  sumRows,
  transpose,
} from '../linalg';
import type { Cell, CellCache, CellWeights, CutFn } from './cell';
import { sampleRows } from './cell';

/** Copies columns [from, from + count) of a [rows × cols] matrix. */
function columns(
  a: Float64Array,
  rows: number,
  cols: number,
  from: number,
  count: number,
): Float64Array {
  const out = new Float64Array(rows * count);
  for (let i = 0; i < rows; i++)
    out.set(a.subarray(i * cols + from, i * cols + from + count), i * count);
  return out;
}

/** Adds a [rows × count] block into columns [from, from + count) of a [rows × cols] matrix. */
function addColumns(
  a: Float64Array,
  block: Float64Array,
  rows: number,
  cols: number,
  from: number,
  count: number,
): void {
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < count; j++) a[i * cols + from + j] += block[i * count + j];
}

/** A GRU cell; `resetAfter` picks Keras's reset_after convention. */
export function gruCell(units: number, resetAfter: boolean): Cell {
  const H = units;
  const G = 3 * H;
  return {
    units,
    gates: 3,
    forward(xp: Float64Array, T: number, B: number, w: CellWeights): CellCache {
      const rb = w.recurrentBias;
      // The same computation in WebAssembly, the time loop in one call (its exp-based sigmoid and
      // tanh cost less than Math.exp and Math.tanh).
      const fast = gruForwardWasm(xp, w.recurrent, rb, T, B, H, resetAfter);
      if (fast) {
        const { gates, hidden, resetInput } = fast;
        return { T, B, hidden, saved: { gates, resetInput } };
      }
      // Whᵀ: its rows [0, 2H) are the z and r blocks, rows [2H, 3H) the candidate block.
      const whT = transpose(w.recurrent, H, G);
      const gates = new Float64Array(T * B * G);
      const hidden = new Float64Array(T * B * H);
      // reset_after=false keeps r ⊙ h(t−1); reset_after=true keeps h(t−1)·Whg + b′g.
      const resetInput = new Float64Array(T * B * H);
      const rec = new Float64Array(B * G);
      const zr = new Float64Array(B * 2 * H);
      const cand = new Float64Array(B * H);
      const whZrT = whT.subarray(0, 2 * H * H);
      const whGT = whT.subarray(2 * H * H);
      for (let t = 0; t < T; t++) {
        const gOff = t * B * G;
        const off = t * B * H;
        const prev = off - B * H;
        if (resetAfter) {
          if (t > 0) matMulTransB(rec, 0, hidden, prev, whT, B, H, G, false);
          else rec.fill(0);
          if (rb) for (let b = 0; b < B; b++) for (let j = 0; j < G; j++) rec[b * G + j] += rb[j];
        } else if (t > 0) {
          matMulTransB(zr, 0, hidden, prev, whZrT, B, H, 2 * H, false);
        }
        for (let b = 0; b < B; b++) {
          const r0 = gOff + b * G;
          for (let j = 0; j < H; j++) {
            const s = off + b * H + j;
            if (resetAfter) {
              gates[r0 + j] = sigmoid(xp[r0 + j] + rec[b * G + j]);
              gates[r0 + H + j] = sigmoid(xp[r0 + H + j] + rec[b * G + H + j]);
              resetInput[s] = rec[b * G + 2 * H + j];
            } else if (t > 0) {
              gates[r0 + j] = sigmoid(xp[r0 + j] + zr[b * 2 * H + j]);
              const r = sigmoid(xp[r0 + H + j] + zr[b * 2 * H + H + j]);
              gates[r0 + H + j] = r;
              resetInput[s] = r * hidden[prev + b * H + j];
            } else {
              gates[r0 + j] = sigmoid(xp[r0 + j]);
              gates[r0 + H + j] = sigmoid(xp[r0 + H + j]);
            }
          }
        }
        if (!resetAfter) {
          if (t > 0) matMulTransB(cand, 0, resetInput, off, whGT, B, H, H, false);
          else cand.fill(0);
        }
        for (let b = 0; b < B; b++) {
          const r0 = gOff + b * G;
          for (let j = 0; j < H; j++) {
            const s = off + b * H + j;
            const z = gates[r0 + j];
            const recG = resetAfter ? gates[r0 + H + j] * resetInput[s] : cand[b * H + j];
            const g = Math.tanh(xp[r0 + 2 * H + j] + recG);
            gates[r0 + 2 * H + j] = g;
            const hPrev = t > 0 ? hidden[prev + b * H + j] : 0;
            hidden[s] = z * hPrev + (1 - z) * g;
          }
        }
      }
      return { T, B, hidden, saved: { gates, resetInput } };
    },
    backward(
      cache: CellCache,
      w: CellWeights,
      dHidden: Float64Array,
      grads: CellWeights,
      cut: CutFn | null,
      dHiddenTotal?: Float64Array,
    ): Float64Array {
      const { T, B, hidden } = cache;
      const { gates, resetInput } = cache.saved;
      const fast = gruBackwardWasm({
        T,
        B,
        H,
        resetAfter,
        gates,
        hidden,
        resetInput,
        dHidden,
        recurrent: w.recurrent,
        gradRecurrent: grads.recurrent,
        gradRecurrentBias: grads.recurrentBias,
        cut,
        dHiddenTotal,
      });
      if (fast) return fast;
      const dxp = new Float64Array(T * B * G);
      const carry = new Float64Array(B * H);
      const next = new Float64Array(B * H);
      // Per-step gradients kept for all steps, so each weight gradient is one product at the end.
      const dRec = resetAfter ? new Float64Array(T * B * G) : null;
      const dCand = resetAfter ? null : new Float64Array(T * B * H);
      const dZr = resetAfter ? null : new Float64Array(T * B * 2 * H);
      const dResetInput = new Float64Array(B * H);
      const whZr = columns(w.recurrent, H, G, 0, 2 * H);
      const whG = columns(w.recurrent, H, G, 2 * H, H);
      for (let t = T - 1; t >= 0; t--) {
        const gOff = t * B * G;
        const off = t * B * H;
        const prev = off - B * H;
        const linked = t > 0 && !(cut && cut(t));
        for (let b = 0; b < B; b++) {
          const r0 = gOff + b * G;
          for (let j = 0; j < H; j++) {
            const s = off + b * H + j;
            const k = b * H + j;
            const dh = dHidden[s] + carry[k];
            if (dHiddenTotal) dHiddenTotal[s] = dh;
            const z = gates[r0 + j];
            const r = gates[r0 + H + j];
            const g = gates[r0 + 2 * H + j];
            const hPrev = t > 0 ? hidden[prev + k] : 0;
            const dag = dh * (1 - z) * (1 - g * g);
            dxp[r0 + 2 * H + j] = dag;
            dxp[r0 + j] = dh * (hPrev - g) * z * (1 - z);
            next[k] = dh * z;
            if (dRec) {
              dxp[r0 + H + j] = dag * resetInput[s] * r * (1 - r);
              dRec[r0 + j] = dxp[r0 + j];
              dRec[r0 + H + j] = dxp[r0 + H + j];
              dRec[r0 + 2 * H + j] = dag * r;
            } else if (dCand) {
              dCand[s] = dag;
            }
          }
        }
        if (dRec) {
          if (linked) matMulTransB(next, 0, dRec, gOff, w.recurrent, B, G, H, true);
        } else if (dCand && dZr && t > 0) {
          // g depends on h(t−1) through r ⊙ h(t−1); r and z depend on it through Whz, Whr.
          matMulTransB(dResetInput, 0, dCand, off, whG, B, H, H, false);
          const zOff = t * B * 2 * H;
          for (let b = 0; b < B; b++) {
            const r0 = gOff + b * G;
            for (let j = 0; j < H; j++) {
              const k = b * H + j;
              const r = gates[r0 + H + j];
              dxp[r0 + H + j] = dResetInput[k] * hidden[prev + k] * r * (1 - r);
              next[k] += dResetInput[k] * r;
              dZr[zOff + b * 2 * H + j] = dxp[r0 + j];
              dZr[zOff + b * 2 * H + H + j] = dxp[r0 + H + j];
            }
          }
          if (linked) matMulTransB(next, 0, dZr, zOff, whZr, B, 2 * H, H, true);
        }
        if (linked) carry.set(next);
        else carry.fill(0);
      }
      const rows = (T - 1) * B;
      if (dRec) {
        sumRows(grads.recurrentBias as Float64Array, 0, dRec, T * B, G);
        matMulTransA(grads.recurrent, hidden, 0, dRec, B * G, rows, H, G);
      } else if (dCand && dZr && rows > 0) {
        const gZr = new Float64Array(H * 2 * H);
        const gG = new Float64Array(H * H);
        matMulTransA(gZr, hidden, 0, dZr, B * 2 * H, rows, H, 2 * H);
        matMulTransA(gG, resetInput, B * H, dCand, B * H, rows, H, H);
        addColumns(grads.recurrent, gZr, H, G, 0, 2 * H);
        addColumns(grads.recurrent, gG, H, G, 2 * H, H);
      }
      return dxp;
    },
    gateTrace(cache: CellCache, b: number) {
      const { T, B } = cache;
      const g = cache.saved.gates;
      return {
        r: sampleRows(g, T, B, G, b, H, H),
        z: sampleRows(g, T, B, G, b, 0, H),
        g: sampleRows(g, T, B, G, b, 2 * H, H),
      };
    },
  };
}
