/**
 * The GRU passes in WebAssembly against the JavaScript cell (Math.exp, Math.tanh, the products of
 * linalg.ts) in both of Keras's conventions: forward arrays and, for the backward pass, dL/dxp,
 * the recurrent weight and bias gradients and the total dL/dh, with truncated BPTT cuts, odd
 * widths, a single sample and a single unit.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createRng } from '../../rng';
import { setWasmKernels, usingWasmKernels } from '../linalg';
import type { CellCache, CellWeights, CutFn } from './cell';
import { gruCell } from './gru';

afterEach(() => setWasmKernels(true));

function randoms(n: number, rng: ReturnType<typeof createRng>, scale = 1): Float64Array {
  return Float64Array.from({ length: n }, () => scale * rng.normal());
}

/** Largest difference relative to the reference's size (at least 1). */
function worst(a: Float64Array, b: Float64Array): number {
  expect(a.length).toBe(b.length);
  let d = 0;
  for (let i = 0; i < a.length; i++)
    d = Math.max(d, Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(b[i])));
  return d;
}

const SHAPES: [number, number, number][] = [
  [1, 1, 1],
  [3, 1, 1],
  [5, 3, 3],
  [7, 4, 8],
  [6, 1, 5],
  [9, 5, 7],
  [4, 2, 2],
];

describe.each([
  ['reset_after', true],
  ['reset_before', false],
])('GRU in WebAssembly, %s', (_, resetAfter) => {
  it('is available in Node 20', () => {
    expect(usingWasmKernels()).toBe(true);
  });

  for (const [T, B, H] of SHAPES) {
    it(`T ${T}, batch ${B}, ${H} units: forward and backward equal the JavaScript cell within 1e-12`, () => {
      const rng = createRng(T * 1000 + B * 10 + H + (resetAfter ? 7 : 0));
      const G = 3 * H;
      const xp = randoms(T * B * G, rng, 1.5);
      const w: CellWeights = {
        recurrent: randoms(H * G, rng, 1 / Math.sqrt(H)),
        ...(resetAfter ? { recurrentBias: randoms(G, rng, 0.5) } : {}),
      };
      const dHidden = randoms(T * B * H, rng);
      const startGrads = randoms(H * G, rng);
      const startBias = randoms(G, rng);
      const cut: CutFn = (t) => t % 3 === 0;
      const xpBefore = xp.slice();
      const dHiddenBefore = dHidden.slice();

      const run = (wasm: boolean, cache?: CellCache) => {
        setWasmKernels(wasm);
        const cell = gruCell(H, resetAfter);
        const fwd = cell.forward(xp, T, B, w);
        const grads: CellWeights = {
          recurrent: startGrads.slice(),
          ...(resetAfter ? { recurrentBias: startBias.slice() } : {}),
        };
        const total = new Float64Array(T * B * H);
        // Both backward passes read the same (JavaScript) forward cache.
        const dxp = cell.backward(cache ?? fwd, w, dHidden, grads, cut, total);
        return { fwd, dxp, grads, total };
      };
      const js = run(false);
      const wasm = run(true, js.fwd);
      const fast = run(true);

      expect(worst(fast.fwd.hidden, js.fwd.hidden)).toBeLessThan(1e-12);
      expect(worst(fast.fwd.saved.gates, js.fwd.saved.gates)).toBeLessThan(1e-12);
      expect(worst(fast.fwd.saved.resetInput, js.fwd.saved.resetInput)).toBeLessThan(1e-12);
      expect(worst(wasm.dxp, js.dxp)).toBeLessThan(1e-12);
      expect(worst(wasm.total, js.total)).toBeLessThan(1e-12);
      expect(worst(wasm.grads.recurrent, js.grads.recurrent)).toBeLessThan(1e-12);
      if (resetAfter) {
        expect(
          worst(wasm.grads.recurrentBias as Float64Array, js.grads.recurrentBias as Float64Array),
        ).toBeLessThan(1e-12);
      }
      // The whole WebAssembly round trip (its own forward cache) agrees as well.
      expect(worst(fast.dxp, js.dxp)).toBeLessThan(1e-12);
      expect(worst(fast.grads.recurrent, js.grads.recurrent)).toBeLessThan(1e-12);
      // Inputs are read, not overwritten.
      expect(xp).toEqual(xpBefore);
      expect(dHidden).toEqual(dHiddenBefore);
      // Something flowed: gradients moved away from their starting values.
      if (T > 1) expect(worst(js.grads.recurrent, startGrads)).toBeGreaterThan(1e-6);
    });
  }

  it('cuts where truncated BPTT says, the same as the JavaScript cell', () => {
    const [T, B, H] = [8, 2, 3];
    const rng = createRng(99);
    const xp = randoms(T * B * 3 * H, rng);
    const w: CellWeights = {
      recurrent: randoms(H * 3 * H, rng, 0.5),
      ...(resetAfter ? { recurrentBias: randoms(3 * H, rng) } : {}),
    };
    const dHidden = new Float64Array(T * B * H);
    // Only the last step's output has a gradient; a cut at step 5 stops it there.
    dHidden.fill(1, (T - 1) * B * H);
    const back = (wasm: boolean, cut: CutFn | null) => {
      setWasmKernels(wasm);
      const cell = gruCell(H, resetAfter);
      const grads: CellWeights = {
        recurrent: new Float64Array(H * 3 * H),
        ...(resetAfter ? { recurrentBias: new Float64Array(3 * H) } : {}),
      };
      return cell.backward(cell.forward(xp, T, B, w), w, dHidden, grads, cut, undefined);
    };
    const cut: CutFn = (t) => t === 5;
    const wasmCut = back(true, cut);
    expect(worst(wasmCut, back(false, cut))).toBeLessThan(1e-12);
    // Before the cut no gradient arrives; without it some does.
    expect(Math.max(...wasmCut.subarray(0, 5 * B * 3 * H).map(Math.abs))).toBe(0);
    expect(
      Math.max(
        ...back(true, null)
          .subarray(0, 5 * B * 3 * H)
          .map(Math.abs),
      ),
    ).toBeGreaterThan(0);
  });

  it('lets NaN through, so the divergence guard still sees it', () => {
    const H = 3;
    const xp = new Float64Array(2 * 3 * H);
    xp[1] = NaN;
    const w: CellWeights = {
      recurrent: new Float64Array(H * 3 * H),
      ...(resetAfter ? { recurrentBias: new Float64Array(3 * H) } : {}),
    };
    const out = gruCell(H, resetAfter).forward(xp, 2, 1, w);
    expect(Number.isNaN(out.hidden[1])).toBe(true);
    expect(Number.isNaN(out.hidden[0])).toBe(false);
  });
});
