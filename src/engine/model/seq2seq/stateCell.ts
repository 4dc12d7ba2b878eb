/**
 * Recurrent cells one step at a time, from any given state and back to it: what an encoder–decoder
 * needs (the decoder starts from the encoder's final state, and the gradient of the loss must flow
 * back into that state, dL/dh(0) and for LSTM dL/dc(0)), and what a decoder that feeds its own
 * predictions needs (step t's input exists only after step t − 1).
 *
 * The sequence cells of ../cells run all T steps from a zero state, which keeps them fast; these
 * compute the same formulas (Keras conventions, see ../cells/*.ts) step by step. The tests hold
 * the two together (same outputs and gradients from a zero state) and check the state gradients
 * against finite differences.
 *
 * Layout: rows of one step, [B, width] row-major; xp is the input projection x(t)·Wx + b of the
 * step (the layer computes it), [B, gates·units].
 */
import type { RecurrentLayerConfig } from '../../types';
import type { CellWeights } from '../cells/cell';
import { matMulTransA, matMulTransB, sigmoid, transpose } from '../linalg';

/** h (and c for LSTM) of B samples, [B, units] each. */
export interface CellState {
  h: Float64Array;
  c: Float64Array | null;
}

/** One step's record for the backward pass. */
export interface StepRecord {
  prev: CellState;
  next: CellState;
  /** Gate activations after their nonlinearity, [B, gates·units] (LSTM i f g o; GRU z r g). */
  gates: Float64Array;
  /** GRU only: r ⊙ h(t−1) (reset before) or h(t−1)·Whg + b′g (reset after), [B, units]. */
  reset: Float64Array | null;
}

/** A cell that steps from a given state; `prepare` transposes Wh once per sequence. */
export interface StateCell {
  readonly units: number;
  readonly gates: number;
  readonly hasCellState: boolean;
  /** The zero state of B samples. */
  zero(B: number): CellState;
  /** Whᵀ, [gates·units, units], for `step`. */
  prepare(w: CellWeights): Float64Array;
  step(xp: Float64Array, prev: CellState, w: CellWeights, whT: Float64Array, B: number): StepRecord;
  /**
   * Back through one step: `dNext` is dL/dh(t) (and dL/dc(t)) in total. Adds the recurrent weight
   * gradients into `grads`; returns dL/dxp(t) and dL/d(previous state).
   */
  back(
    rec: StepRecord,
    w: CellWeights,
    dNext: CellState,
    grads: CellWeights,
    B: number,
  ): { dxp: Float64Array; dPrev: CellState };
}

/** The state-carrying cell for a layer config (SimpleRNN, LSTM, GRU in either convention). */
export function makeStateCell(layer: RecurrentLayerConfig): StateCell {
  if (layer.cell === 'lstm') return lstm(layer.units);
  if (layer.cell === 'gru') return gru(layer.units, layer.gruResetAfter ?? false);
  if (layer.cell === 'simpleRnn') return simpleRnn(layer.units);
  throw new Error(
    `no step-by-step ${layer.cell} cell (an encoder–decoder uses simpleRnn, lstm or gru)`,
  );
}

function simpleRnn(H: number): StateCell {
  return {
    units: H,
    gates: 1,
    hasCellState: false,
    zero: (B) => ({ h: new Float64Array(B * H), c: null }),
    prepare: (w) => transpose(w.recurrent, H, H),
    step(xp, prev, _w, whT, B) {
      const h = xp.slice();
      matMulTransB(h, 0, prev.h, 0, whT, B, H, H, true);
      for (let i = 0; i < h.length; i++) h[i] = Math.tanh(h[i]);
      return { prev, next: { h, c: null }, gates: h, reset: null };
    },
    back(rec, w, dNext, grads, B) {
      const h = rec.next.h;
      const da = new Float64Array(B * H);
      for (let i = 0; i < da.length; i++) da[i] = dNext.h[i] * (1 - h[i] * h[i]);
      matMulTransA(grads.recurrent, rec.prev.h, 0, da, 0, B, H, H);
      const dh = new Float64Array(B * H);
      matMulTransB(dh, 0, da, 0, w.recurrent, B, H, H, false);
      return { dxp: da, dPrev: { h: dh, c: null } };
    },
  };
}

function lstm(H: number): StateCell {
  const G = 4 * H;
  return {
    units: H,
    gates: 4,
    hasCellState: true,
    zero: (B) => ({ h: new Float64Array(B * H), c: new Float64Array(B * H) }),
    prepare: (w) => transpose(w.recurrent, H, G),
    step(xp, prev, _w, whT, B) {
      const a = xp.slice();
      matMulTransB(a, 0, prev.h, 0, whT, B, H, G, true);
      const h = new Float64Array(B * H);
      const c = new Float64Array(B * H);
      const cPrev = prev.c as Float64Array;
      for (let b = 0; b < B; b++) {
        const r = b * G;
        for (let j = 0; j < H; j++) {
          const i = sigmoid(a[r + j]);
          const f = sigmoid(a[r + H + j]);
          const g = Math.tanh(a[r + 2 * H + j]);
          const o = sigmoid(a[r + 3 * H + j]);
          a[r + j] = i;
          a[r + H + j] = f;
          a[r + 2 * H + j] = g;
          a[r + 3 * H + j] = o;
          const k = b * H + j;
          c[k] = f * cPrev[k] + i * g;
          h[k] = o * Math.tanh(c[k]);
        }
      }
      return { prev, next: { h, c }, gates: a, reset: null };
    },
    back(rec, w, dNext, grads, B) {
      const da = new Float64Array(B * G);
      const dc = new Float64Array(B * H);
      const c = rec.next.c as Float64Array;
      const cPrev = rec.prev.c as Float64Array;
      const gates = rec.gates;
      for (let b = 0; b < B; b++) {
        const r = b * G;
        for (let j = 0; j < H; j++) {
          const k = b * H + j;
          const i = gates[r + j];
          const f = gates[r + H + j];
          const g = gates[r + 2 * H + j];
          const o = gates[r + 3 * H + j];
          const tc = Math.tanh(c[k]);
          const dh = dNext.h[k];
          const dct = (dNext.c ? dNext.c[k] : 0) + dh * o * (1 - tc * tc);
          da[r + j] = dct * g * i * (1 - i);
          da[r + H + j] = dct * cPrev[k] * f * (1 - f);
          da[r + 2 * H + j] = dct * i * (1 - g * g);
          da[r + 3 * H + j] = dh * tc * o * (1 - o);
          dc[k] = dct * f;
        }
      }
      matMulTransA(grads.recurrent, rec.prev.h, 0, da, 0, B, H, G);
      const dh = new Float64Array(B * H);
      matMulTransB(dh, 0, da, 0, w.recurrent, B, G, H, false);
      return { dxp: da, dPrev: { h: dh, c: dc } };
    },
  };
}

/** Columns [from, from + count) of a [rows, cols] matrix. */
function columns(a: Float64Array, rows: number, cols: number, from: number, count: number) {
  const out = new Float64Array(rows * count);
  for (let i = 0; i < rows; i++)
    out.set(a.subarray(i * cols + from, i * cols + from + count), i * count);
  return out;
}

function gru(H: number, resetAfter: boolean): StateCell {
  const G = 3 * H;
  return {
    units: H,
    gates: 3,
    hasCellState: false,
    zero: (B) => ({ h: new Float64Array(B * H), c: null }),
    prepare: (w) => transpose(w.recurrent, H, G),
    step(xp, prev, w, whT, B) {
      const gates = new Float64Array(B * G);
      const reset = new Float64Array(B * H);
      const h = new Float64Array(B * H);
      const hp = prev.h;
      if (resetAfter) {
        // rec = h(t−1)·Wh + b′, all three blocks; r multiplies the candidate block of it.
        const rec = new Float64Array(B * G);
        matMulTransB(rec, 0, hp, 0, whT, B, H, G, false);
        const rb = w.recurrentBias as Float64Array;
        for (let b = 0; b < B; b++) {
          for (let j = 0; j < H; j++) {
            const r0 = b * G;
            const k = b * H + j;
            const z = sigmoid(xp[r0 + j] + rec[r0 + j] + rb[j]);
            const r = sigmoid(xp[r0 + H + j] + rec[r0 + H + j] + rb[H + j]);
            reset[k] = rec[r0 + 2 * H + j] + rb[2 * H + j];
            const g = Math.tanh(xp[r0 + 2 * H + j] + r * reset[k]);
            gates[r0 + j] = z;
            gates[r0 + H + j] = r;
            gates[r0 + 2 * H + j] = g;
            h[k] = z * hp[k] + (1 - z) * g;
          }
        }
      } else {
        const zr = new Float64Array(B * 2 * H);
        matMulTransB(zr, 0, hp, 0, whT.subarray(0, 2 * H * H), B, H, 2 * H, false);
        for (let b = 0; b < B; b++) {
          for (let j = 0; j < H; j++) {
            const r0 = b * G;
            const k = b * H + j;
            gates[r0 + j] = sigmoid(xp[r0 + j] + zr[b * 2 * H + j]);
            const r = sigmoid(xp[r0 + H + j] + zr[b * 2 * H + H + j]);
            gates[r0 + H + j] = r;
            reset[k] = r * hp[k];
          }
        }
        const cand = new Float64Array(B * H);
        matMulTransB(cand, 0, reset, 0, whT.subarray(2 * H * H), B, H, H, false);
        for (let b = 0; b < B; b++) {
          for (let j = 0; j < H; j++) {
            const r0 = b * G;
            const k = b * H + j;
            const z = gates[r0 + j];
            const g = Math.tanh(xp[r0 + 2 * H + j] + cand[k]);
            gates[r0 + 2 * H + j] = g;
            h[k] = z * hp[k] + (1 - z) * g;
          }
        }
      }
      return { prev, next: { h, c: null }, gates, reset };
    },
    back(rec, w, dNext, grads, B) {
      const { gates } = rec;
      const reset = rec.reset as Float64Array;
      const hp = rec.prev.h;
      const dxp = new Float64Array(B * G);
      const dPrev = new Float64Array(B * H);
      const dag = new Float64Array(B * H);
      for (let b = 0; b < B; b++) {
        for (let j = 0; j < H; j++) {
          const r0 = b * G;
          const k = b * H + j;
          const z = gates[r0 + j];
          const g = gates[r0 + 2 * H + j];
          const dh = dNext.h[k];
          dag[k] = dh * (1 - z) * (1 - g * g);
          dxp[r0 + j] = dh * (hp[k] - g) * z * (1 - z);
          dxp[r0 + 2 * H + j] = dag[k];
          dPrev[k] = dh * z;
        }
      }
      if (resetAfter) {
        const drec = new Float64Array(B * G);
        for (let b = 0; b < B; b++) {
          for (let j = 0; j < H; j++) {
            const r0 = b * G;
            const k = b * H + j;
            const r = gates[r0 + H + j];
            dxp[r0 + H + j] = dag[k] * reset[k] * r * (1 - r);
            drec[r0 + j] = dxp[r0 + j];
            drec[r0 + H + j] = dxp[r0 + H + j];
            drec[r0 + 2 * H + j] = dag[k] * r;
          }
        }
        const rb = grads.recurrentBias as Float64Array;
        for (let b = 0; b < B; b++) for (let j = 0; j < G; j++) rb[j] += drec[b * G + j];
        matMulTransA(grads.recurrent, hp, 0, drec, 0, B, H, G);
        matMulTransB(dPrev, 0, drec, 0, w.recurrent, B, G, H, true);
      } else {
        // The candidate reads r ⊙ h(t−1) through Whg; z and r read h(t−1) through Whz, Whr.
        const whG = columns(w.recurrent, H, G, 2 * H, H);
        const dReset = new Float64Array(B * H);
        matMulTransB(dReset, 0, dag, 0, whG, B, H, H, false);
        const dzr = new Float64Array(B * 2 * H);
        for (let b = 0; b < B; b++) {
          for (let j = 0; j < H; j++) {
            const r0 = b * G;
            const k = b * H + j;
            const r = gates[r0 + H + j];
            dxp[r0 + H + j] = dReset[k] * hp[k] * r * (1 - r);
            dPrev[k] += dReset[k] * r;
            dzr[b * 2 * H + j] = dxp[r0 + j];
            dzr[b * 2 * H + H + j] = dxp[r0 + H + j];
          }
        }
        const gZr = new Float64Array(H * 2 * H);
        const gG = new Float64Array(H * H);
        matMulTransA(gZr, hp, 0, dzr, 0, B, H, 2 * H);
        matMulTransA(gG, reset, 0, dag, 0, B, H, H);
        for (let i = 0; i < H; i++) {
          for (let j = 0; j < 2 * H; j++) grads.recurrent[i * G + j] += gZr[i * 2 * H + j];
          for (let j = 0; j < H; j++) grads.recurrent[i * G + 2 * H + j] += gG[i * H + j];
        }
        matMulTransB(dPrev, 0, dzr, 0, columns(w.recurrent, H, G, 0, 2 * H), B, 2 * H, H, true);
      }
      return { dxp, dPrev: { h: dPrev, c: null } };
    },
  };
}
