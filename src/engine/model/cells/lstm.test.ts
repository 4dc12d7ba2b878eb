/**
 * The LSTM forward pass in WebAssembly (its own exp, sigmoid and tanh) against the JavaScript one,
 * which uses Math.exp and Math.tanh, on odd and even widths and on pre-activations far into
 * saturation, where a hand-written exp could overflow; and the backward pass in WebAssembly against
 * the JavaScript one (dL/dxp, the recurrent weight gradient, the total dL/dh) with truncated BPTT.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createRng } from '../../rng';
import { setWasmKernels, usingWasmKernels } from '../linalg';
import type { CellWeights, CutFn } from './cell';
import { lstmCell } from './lstm';

afterEach(() => setWasmKernels(true));

function run(
  wasm: boolean,
  xp: Float64Array,
  recurrent: Float64Array,
  T: number,
  B: number,
  H: number,
) {
  setWasmKernels(wasm);
  return lstmCell(H).forward(xp, T, B, { recurrent });
}

function worst(a: Float64Array, b: Float64Array): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i] - b[i]));
  return d;
}

describe('LSTM forward in WebAssembly', () => {
  it('is available in Node 20', () => {
    expect(usingWasmKernels()).toBe(true);
  });

  for (const [T, B, H, scale] of [
    [5, 3, 3, 1],
    [7, 4, 8, 2],
    [4, 2, 5, 400],
  ]) {
    it(`T ${T}, batch ${B}, ${H} units, pre-activations × ${scale}: equals Math.exp/Math.tanh within 1e-13`, () => {
      const rng = createRng(T * 100 + H);
      const xp = Float64Array.from({ length: T * B * 4 * H }, () => scale * rng.normal());
      const recurrent = Float64Array.from({ length: H * 4 * H }, () => rng.normal() / Math.sqrt(H));
      const before = xp.slice();
      const js = run(false, xp, recurrent, T, B, H);
      const wasm = run(true, xp, recurrent, T, B, H);
      expect(worst(wasm.hidden, js.hidden)).toBeLessThan(1e-13);
      expect(worst(wasm.cellState as Float64Array, js.cellState as Float64Array)).toBeLessThan(
        1e-13,
      );
      expect(worst(wasm.saved.gates, js.saved.gates)).toBeLessThan(1e-13);
      expect(worst(wasm.saved.tanhC, js.saved.tanhC)).toBeLessThan(1e-13);
      // The input projection is read, not overwritten.
      expect(xp).toEqual(before);
    });
  }

  it('lets NaN through, so the divergence guard still sees it', () => {
    const H = 2;
    const xp = new Float64Array(2 * 4 * H);
    xp[1] = NaN;
    const out = run(true, xp, new Float64Array(H * 4 * H), 2, 1, H);
    expect(Number.isNaN(out.hidden[1])).toBe(true);
    expect(Number.isNaN(out.hidden[0])).toBe(false);
  });
});

/** Largest difference relative to the reference's size (at least 1). */
function worstRelative(a: Float64Array, b: Float64Array): number {
  expect(a.length).toBe(b.length);
  let d = 0;
  for (let i = 0; i < a.length; i++) {
    d = Math.max(d, Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(b[i])));
  }
  return d;
}

describe('LSTM backward in WebAssembly', () => {
  for (const [T, B, H, scale] of [
    [1, 1, 1, 1],
    [3, 1, 1, 1],
    [5, 3, 3, 1],
    [7, 4, 8, 2],
    [6, 1, 5, 1],
    [9, 5, 7, 1],
    [4, 2, 5, 30],
  ]) {
    it(`T ${T}, batch ${B}, ${H} units, pre-activations × ${scale}: equals the JavaScript pass within 1e-12`, () => {
      const rng = createRng(T * 1000 + B * 10 + H);
      const G = 4 * H;
      const xp = Float64Array.from({ length: T * B * G }, () => scale * rng.normal());
      const recurrent = Float64Array.from({ length: H * G }, () => rng.normal() / Math.sqrt(H));
      const dHidden = Float64Array.from({ length: T * B * H }, () => rng.normal());
      const start = Float64Array.from({ length: H * G }, () => rng.normal());
      const dHiddenBefore = dHidden.slice();
      const cut: CutFn = (t) => t % 3 === 0;
      setWasmKernels(false);
      const cache = lstmCell(H).forward(xp, T, B, { recurrent });
      const back = (wasm: boolean) => {
        setWasmKernels(wasm);
        const grads: CellWeights = { recurrent: start.slice() };
        const total = new Float64Array(T * B * H);
        const dxp = lstmCell(H).backward(cache, { recurrent }, dHidden, grads, cut, total);
        return { dxp, grads, total };
      };
      const js = back(false);
      const wasm = back(true);
      expect(worstRelative(wasm.dxp, js.dxp)).toBeLessThan(1e-12);
      expect(worstRelative(wasm.total, js.total)).toBeLessThan(1e-12);
      expect(worstRelative(wasm.grads.recurrent, js.grads.recurrent)).toBeLessThan(1e-12);
      expect(dHidden).toEqual(dHiddenBefore);
      if (T > 1) expect(worstRelative(js.grads.recurrent, start)).toBeGreaterThan(1e-6);
    });
  }

  it('cuts where truncated BPTT says, the same as the JavaScript pass', () => {
    const [T, B, H] = [8, 2, 3];
    const rng = createRng(5);
    const xp = Float64Array.from({ length: T * B * 4 * H }, () => rng.normal());
    const recurrent = Float64Array.from({ length: H * 4 * H }, () => rng.normal());
    const dHidden = new Float64Array(T * B * H);
    // Only the last step's output has a gradient; a cut at step 5 stops it there.
    dHidden.fill(1, (T - 1) * B * H);
    const back = (wasm: boolean, cut: CutFn | null) => {
      setWasmKernels(wasm);
      const cell = lstmCell(H);
      const grads: CellWeights = { recurrent: new Float64Array(H * 4 * H) };
      return cell.backward(
        cell.forward(xp, T, B, { recurrent }),
        { recurrent },
        dHidden,
        grads,
        cut,
      );
    };
    const cut: CutFn = (t) => t === 5;
    const wasmCut = back(true, cut);
    expect(worstRelative(wasmCut, back(false, cut))).toBeLessThan(1e-12);
    const early = (a: Float64Array) => Math.max(...a.subarray(0, 5 * B * 4 * H).map(Math.abs));
    expect(early(wasmCut)).toBe(0);
    expect(early(back(true, null))).toBeGreaterThan(0);
  });
});
