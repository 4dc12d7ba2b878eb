/**
 * LSTM cell (Keras `LSTM`, activation tanh, recurrent activation sigmoid as Keras 2+).
 *
 * Kernels stack the gate blocks in Keras order i, f, g (Keras calls it c), o:
 *   [i f g o](t) = x(t)·Wx + h(t−1)·Wh + b                     [batch, 4·units]
 *   i(t) = σ(·), f(t) = σ(·), g(t) = tanh(·), o(t) = σ(·)      input, forget, candidate, output
 *   c(t) = f(t) ⊙ c(t−1) + i(t) ⊙ g(t)                          cell state, [batch, units]
 *   h(t) = o(t) ⊙ tanh(c(t))                                    hidden state, [batch, units]
 */
import {
  lstmBackwardWasm,
  lstmForwardWasm,
  matMulTransA,
  matMulTransB,
  sigmoid,
  transpose,
} from '../linalg';
import type { Cell, CellCache, CellWeights, CutFn } from './cell';
import { sampleRows } from './cell';

/** An LSTM cell with `units` hidden units. */
export function lstmCell(units: number): Cell {
  const H = units;
  const G = 4 * H;
  return {
    units,
    gates: 4,
    forward(xp: Float64Array, T: number, B: number, w: CellWeights): CellCache {
      // The same computation in WebAssembly, where the gates' five exponentials a unit and step
      // cost less than Math.exp and Math.tanh (about half the JavaScript forward pass).
      const fast = lstmForwardWasm(xp, w.recurrent, T, B, H);
      if (fast) {
        const { gates, cellState, tanhC, hidden } = fast;
        return { T, B, hidden, cellState, saved: { gates, tanhC } };
      }
      const whT = transpose(w.recurrent, H, G);
      const gates = new Float64Array(T * B * G);
      const cellState = new Float64Array(T * B * H);
      const tanhC = new Float64Array(T * B * H);
      const hidden = new Float64Array(T * B * H);
      gates.set(xp);
      for (let t = 0; t < T; t++) {
        const gOff = t * B * G;
        const off = t * B * H;
        if (t > 0) matMulTransB(gates, gOff, hidden, off - B * H, whT, B, H, G, true);
        for (let b = 0; b < B; b++) {
          const r = gOff + b * G;
          const s = off + b * H;
          for (let j = 0; j < H; j++) {
            const i = sigmoid(gates[r + j]);
            const f = sigmoid(gates[r + H + j]);
            const g = Math.tanh(gates[r + 2 * H + j]);
            const o = sigmoid(gates[r + 3 * H + j]);
            gates[r + j] = i;
            gates[r + H + j] = f;
            gates[r + 2 * H + j] = g;
            gates[r + 3 * H + j] = o;
            const c = (t > 0 ? f * cellState[s + j - B * H] : 0) + i * g;
            const tc = Math.tanh(c);
            cellState[s + j] = c;
            tanhC[s + j] = tc;
            hidden[s + j] = o * tc;
          }
        }
      }
      return { T, B, hidden, cellState, saved: { gates, tanhC } };
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
      const cellState = cache.cellState as Float64Array;
      const { gates, tanhC } = cache.saved;
      // The same recurrence in WebAssembly: the time loop, gate gradients and recurrent products
      // in one call, nothing copied per step.
      const fast = lstmBackwardWasm({
        T,
        B,
        H,
        gates,
        cellState,
        tanhC,
        hidden,
        dHidden,
        recurrent: w.recurrent,
        gradRecurrent: grads.recurrent,
        cut,
        dHiddenTotal,
      });
      if (fast) return fast;
      const dxp = new Float64Array(T * B * G);
      const carryH = new Float64Array(B * H);
      const carryC = new Float64Array(B * H);
      for (let t = T - 1; t >= 0; t--) {
        const gOff = t * B * G;
        const off = t * B * H;
        for (let b = 0; b < B; b++) {
          const r = gOff + b * G;
          const s = off + b * H;
          const k = b * H;
          for (let j = 0; j < H; j++) {
            const dh = dHidden[s + j] + carryH[k + j];
            if (dHiddenTotal) dHiddenTotal[s + j] = dh;
            const i = gates[r + j];
            const f = gates[r + H + j];
            const g = gates[r + 2 * H + j];
            const o = gates[r + 3 * H + j];
            const tc = tanhC[s + j];
            const dc = carryC[k + j] + dh * o * (1 - tc * tc);
            const cPrev = t > 0 ? cellState[s + j - B * H] : 0;
            dxp[r + j] = dc * g * i * (1 - i);
            dxp[r + H + j] = dc * cPrev * f * (1 - f);
            dxp[r + 2 * H + j] = dc * i * (1 - g * g);
            dxp[r + 3 * H + j] = dh * tc * o * (1 - o);
            carryC[k + j] = dc * f;
          }
        }
        if (t > 0 && !(cut && cut(t))) {
          matMulTransB(carryH, 0, dxp, gOff, w.recurrent, B, G, H, false);
        } else {
          carryH.fill(0);
          carryC.fill(0);
        }
      }
      if (T > 1) matMulTransA(grads.recurrent, hidden, 0, dxp, B * G, (T - 1) * B, H, G);
      return dxp;
    },
    gateTrace(cache: CellCache, b: number) {
      const { T, B } = cache;
      const g = cache.saved.gates;
      return {
        i: sampleRows(g, T, B, G, b, 0, H),
        f: sampleRows(g, T, B, G, b, H, H),
        o: sampleRows(g, T, B, G, b, 3 * H, H),
        g: sampleRows(g, T, B, G, b, 2 * H, H),
      };
    },
  };
}
