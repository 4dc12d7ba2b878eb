/**
 * The LSTM forward pass in WebAssembly (its own exp, sigmoid and tanh) against the JavaScript one,
 * which uses Math.exp and Math.tanh, on odd and even widths and on pre-activations far into
 * saturation, where a hand-written exp could overflow.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createRng } from '../../rng';
import { setWasmKernels, usingWasmKernels } from '../linalg';
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
