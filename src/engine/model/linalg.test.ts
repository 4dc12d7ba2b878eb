/**
 * The blocked products, in WebAssembly and in JavaScript, against the textbook triple loop on sizes
 * that leave every remainder; and the shipped module bytes against a fresh compile of their source.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wabtInit from 'wabt';
import { afterEach, describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import {
  addRows,
  linalgWasmBytes,
  matMul,
  matMulTransA,
  matMulTransB,
  setWasmKernels,
  sumRows,
  usingWasmKernels,
} from './linalg';

function random(n: number, seed: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => rng.normal());
}

/** c[m×n] = a[m×k]·b[k×n], three nested loops. */
function naive(a: Float64Array, b: Float64Array, m: number, k: number, n: number): Float64Array {
  const c = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++)
      for (let p = 0; p < k; p++) c[i * n + j] += a[i * k + p] * b[p * n + j];
  return c;
}

/** One assertion on the largest difference (thousands of expect calls would dominate the run). */
function expectClose(actual: Float64Array, expected: Float64Array, shift = 0): void {
  let worst = 0;
  for (let i = 0; i < expected.length; i++)
    worst = Math.max(worst, Math.abs(actual[i] - expected[i] - shift));
  expect(actual.length).toBe(expected.length);
  expect(worst).toBeLessThan(1e-12);
}

function transposed(a: Float64Array, rows: number, cols: number): Float64Array {
  const t = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) t[j * rows + i] = a[i * cols + j];
  return t;
}

afterEach(() => setWasmKernels(true));

describe.each([
  ['WebAssembly', true],
  ['JavaScript', false],
])('products in %s', (_, wasm) => {
  for (const [m, k, n] of [
    [1, 1, 1],
    [2, 3, 4],
    [5, 7, 9],
    [6, 1, 13],
    // Past the size where the WebAssembly kernels take over, with odd remainders everywhere.
    [33, 21, 83],
    [67, 20, 80],
    [50, 3, 11],
  ]) {
    it(`${m}×${k} by ${k}×${n}`, () => {
      setWasmKernels(wasm);
      const a = random(m * k, m);
      const b = random(k * n, n);
      const ref = naive(a, b, m, k, n);
      const out = new Float64Array(m * n);
      matMul(out, 0, a, 0, b, m, k, n, false);
      expectClose(out, ref);
      const acc = new Float64Array(m * n).fill(1);
      matMul(acc, 0, a, 0, b, m, k, n, true);
      expectClose(acc, ref, 1);
      const nt = new Float64Array(m * n).fill(1);
      matMulTransB(nt, 0, a, 0, transposed(b, k, n), m, k, n, true);
      expectClose(nt, ref, 1);
      const tn = new Float64Array(m * n);
      matMulTransA(tn, transposed(a, m, k), 0, b, 0, k, m, n);
      expectClose(tn, ref);
    });
  }
});

describe('WebAssembly kernels', () => {
  it('run in Node 20 (SIMD), so the tests above covered them', () => {
    expect(usingWasmKernels()).toBe(true);
  });

  it('write results at offsets, and never read stale memory when not accumulating', () => {
    const [m, k, n] = [40, 16, 24];
    const a = random(m * k, 1);
    const b = random(k * n, 2);
    const ref = naive(a, b, m, k, n);
    // Leave NaN in the module's memory where the next call's output goes.
    const poison = new Float64Array(m * n).fill(NaN);
    matMulTransB(
      poison,
      0,
      new Float64Array(m * k).fill(NaN),
      0,
      transposed(b, k, n),
      m,
      k,
      n,
      true,
    );
    const out = new Float64Array(5 + m * n).fill(7);
    matMulTransB(out, 5, new Float64Array([9, 9, 9, ...a]), 3, transposed(b, k, n), m, k, n, false);
    expect(Array.from(out.subarray(0, 5))).toEqual([7, 7, 7, 7, 7]);
    expectClose(out.subarray(5), ref);
  });

  it('grow their memory for products larger than it holds', () => {
    const [m, k, n] = [3000, 24, 40];
    const a = random(m * k, 3);
    const b = random(k * n, 4);
    const out = new Float64Array(m * n);
    matMul(out, 0, a, 0, b, m, k, n, false);
    const ref = naive(a, b, m, k, n);
    expectClose(out, ref);
  });

  it('are the compiled text of linalgWasm.wat', async () => {
    const wabt = await wabtInit();
    const path = fileURLToPath(new URL('./linalgWasm.wat', import.meta.url));
    const module = wabt.parseWat('linalgWasm.wat', readFileSync(path, 'utf8'), { simd: true });
    const { buffer } = module.toBinary({});
    module.destroy();
    const fresh = Buffer.from(buffer).toString('base64');
    // On a mismatch, paste `fresh` into linalgWasm.ts.
    expect(Buffer.from(linalgWasmBytes()).toString('base64')).toBe(fresh);
  });
});

describe.each([
  ['WebAssembly', true],
  ['JavaScript', false],
])('bias rows in %s', (_, wasm) => {
  for (const [m, n] of [
    [1, 1],
    [3, 5],
    [7, 2],
    [1600, 80],
    [333, 17],
  ]) {
    it(`${m} rows of ${n}: sums and adds equal the row-by-row loops`, () => {
      setWasmKernels(wasm);
      const rows = random(m * n, m + n);
      const bias = random(n + 2, 7);
      const sums = random(n + 1, 8);
      const expectedSums = sums.slice();
      const expectedRows = rows.slice();
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
          expectedSums[1 + j] += rows[i * n + j];
          expectedRows[i * n + j] += bias[2 + j];
        }
      }
      sumRows(sums, 1, rows, m, n);
      expectClose(sums, expectedSums);
      addRows(rows, bias, 2, m, n);
      // Each element gets exactly one addition: the same bits.
      expect(rows).toEqual(expectedRows);
    });
  }
});
