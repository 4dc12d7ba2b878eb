/** The blocked products against the textbook triple loop, on sizes that leave every remainder. */
import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { matMul, matMulTransA, matMulTransB } from './linalg';

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

function transposed(a: Float64Array, rows: number, cols: number): Float64Array {
  const t = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) t[j * rows + i] = a[i * cols + j];
  return t;
}

describe('products', () => {
  for (const [m, k, n] of [
    [1, 1, 1],
    [2, 3, 4],
    [5, 7, 9],
    [6, 1, 13],
  ]) {
    it(`${m}×${k} by ${k}×${n}`, () => {
      const a = random(m * k, m);
      const b = random(k * n, n);
      const ref = naive(a, b, m, k, n);
      const out = new Float64Array(m * n);
      matMul(out, 0, a, 0, b, m, k, n, false);
      out.forEach((v, i) => expect(v).toBeCloseTo(ref[i], 12));
      const nt = new Float64Array(m * n).fill(1);
      matMulTransB(nt, 0, a, 0, transposed(b, k, n), m, k, n, true);
      nt.forEach((v, i) => expect(v).toBeCloseTo(ref[i] + 1, 12));
      const tn = new Float64Array(m * n);
      matMulTransA(tn, transposed(a, m, k), 0, b, 0, k, m, n);
      tn.forEach((v, i) => expect(v).toBeCloseTo(ref[i], 12));
    });
  }
});
