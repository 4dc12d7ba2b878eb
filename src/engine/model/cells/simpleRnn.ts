/**
 * SimpleRNN and its layer-normalized variant.
 *
 * SimpleRNN (Keras `SimpleRNN`, activation tanh):
 *   h(t) = tanh(x(t)·Wx + h(t−1)·Wh + b),   h: [batch, units]
 * Layer-normalized SimpleRNN (the notes' `LNSimpleRNNCell`: a SimpleRNNCell without activation,
 * then `LayerNormalization` (ε = 1e-3, Keras default), then tanh; the state is the output):
 *   a(t) = x(t)·Wx + h(t−1)·Wh + b
 *   h(t) = tanh(γ ⊙ (a(t) − μ(t)) / √(σ²(t) + ε) + β),  μ, σ² the mean and variance over units.
 */
import { matMulTransA, matMulTransB, transpose } from '../linalg';
import type { Cell, CellCache, CellWeights, CutFn } from './cell';

/** Keras LayerNormalization's default epsilon. */
export const LAYER_NORM_EPSILON = 1e-3;

/** A SimpleRNN cell (`layerNorm` false) or the notes' LNSimpleRNNCell (`layerNorm` true). */
export function simpleRnnCell(units: number, layerNorm: boolean): Cell {
  const H = units;
  return {
    units,
    gates: 1,
    forward(xp: Float64Array, T: number, B: number, w: CellWeights): CellCache {
      const hidden = new Float64Array(T * B * H);
      const pre = layerNorm ? new Float64Array(T * B * H) : hidden;
      const normed = layerNorm ? new Float64Array(T * B * H) : null;
      const invStd = layerNorm ? new Float64Array(T * B) : null;
      const whT = transpose(w.recurrent, H, H);
      for (let t = 0; t < T; t++) {
        const off = t * B * H;
        pre.set(xp.subarray(off, off + B * H), off);
        if (t > 0) matMulTransB(pre, off, hidden, off - B * H, whT, B, H, H, true);
        if (!layerNorm || !normed || !invStd || !w.gamma || !w.beta) {
          for (let i = off; i < off + B * H; i++) hidden[i] = Math.tanh(pre[i]);
          continue;
        }
        for (let b = 0; b < B; b++) {
          const o = off + b * H;
          let mean = 0;
          for (let j = 0; j < H; j++) mean += pre[o + j];
          mean /= H;
          let v = 0;
          for (let j = 0; j < H; j++) v += (pre[o + j] - mean) ** 2;
          const inv = 1 / Math.sqrt(v / H + LAYER_NORM_EPSILON);
          invStd[t * B + b] = inv;
          for (let j = 0; j < H; j++) {
            const n = (pre[o + j] - mean) * inv;
            normed[o + j] = n;
            hidden[o + j] = Math.tanh(w.gamma[j] * n + w.beta[j]);
          }
        }
      }
      const saved: Record<string, Float64Array> = {};
      if (normed && invStd) {
        saved.normed = normed;
        saved.invStd = invStd;
      }
      return { T, B, hidden, saved };
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
      const dxp = new Float64Array(T * B * H);
      const carry = new Float64Array(B * H);
      const dn = new Float64Array(H);
      const { normed, invStd } = cache.saved;
      for (let t = T - 1; t >= 0; t--) {
        const off = t * B * H;
        for (let i = 0; i < B * H; i++) {
          const dh = dHidden[off + i] + carry[i];
          if (dHiddenTotal) dHiddenTotal[off + i] = dh;
          const h = hidden[off + i];
          dxp[off + i] = dh * (1 - h * h);
        }
        if (layerNorm && w.gamma && grads.gamma && grads.beta) {
          // dxp holds dL/dn; turn it into dL/da through the normalization of each row.
          for (let b = 0; b < B; b++) {
            const o = off + b * H;
            let m1 = 0;
            let m2 = 0;
            for (let j = 0; j < H; j++) {
              const g = dxp[o + j];
              grads.gamma[j] += g * normed[o + j];
              grads.beta[j] += g;
              dn[j] = g * w.gamma[j];
              m1 += dn[j];
              m2 += dn[j] * normed[o + j];
            }
            m1 /= H;
            m2 /= H;
            const inv = invStd[t * B + b];
            for (let j = 0; j < H; j++) dxp[o + j] = inv * (dn[j] - m1 - normed[o + j] * m2);
          }
        }
        if (t > 0 && !(cut && cut(t))) {
          matMulTransB(carry, 0, dxp, off, w.recurrent, B, H, H, false);
        } else {
          carry.fill(0);
        }
      }
      // dWh = Σ_t h(t−1)ᵀ·da(t): one product over all steps, rows of t−1 against rows of t.
      if (T > 1) matMulTransA(grads.recurrent, hidden, 0, dxp, B * H, (T - 1) * B, H, H);
      return dxp;
    },
    gateTrace() {
      return {};
    },
  };
}
