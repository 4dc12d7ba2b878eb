/**
 * Dense products on row-major Float64Arrays, the arithmetic under the hand-written forward and
 * backward passes.
 *
 * Why plain loops instead of tfjs kernels: a recurrent step on a small model is a few thousand
 * multiply-adds, and on every tfjs backend each kernel launch costs more than that (≈ 10 µs on
 * wasm, see PLATFORM.md). Loops over typed arrays have no launch cost, read activations back for
 * free and run the same on every backend. Loop orders keep the innermost index contiguous.
 */

/** out[m×n] (+)= a[m×k] · b[k×n]; offsets select sub-blocks of larger arrays. */
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
  if (!accumulate) out.fill(0, outOff, outOff + m * n);
  for (let i = 0; i < m; i++) {
    const o = outOff + i * n;
    const ai = aOff + i * k;
    for (let p = 0; p < k; p++) {
      const v = a[ai + p];
      if (v === 0) continue;
      const bp = p * n;
      for (let j = 0; j < n; j++) out[o + j] += v * b[bp + j];
    }
  }
}

/** out[k×n] += a[m×k]ᵀ · b[m×n]: the weight gradient Xᵀ·dZ, summed over m rows. */
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
  for (let i = 0; i < m; i++) {
    const ai = aOff + i * k;
    const bi = bOff + i * n;
    for (let p = 0; p < k; p++) {
      const v = a[ai + p];
      if (v === 0) continue;
      const o = p * n;
      for (let j = 0; j < n; j++) out[o + j] += v * b[bi + j];
    }
  }
}

/** out[m×k] (+)= a[m×n] · b[k×n]ᵀ: the input gradient dZ·Wᵀ, as dot products of rows. */
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
  for (let i = 0; i < m; i++) {
    const ai = aOff + i * n;
    const o = outOff + i * k;
    for (let p = 0; p < k; p++) {
      const bp = p * n;
      let s = 0;
      for (let j = 0; j < n; j++) s += a[ai + j] * b[bp + j];
      out[o + p] = accumulate ? out[o + p] + s : s;
    }
  }
}

/** Adds a bias row to each of m rows: out[i, :] += bias. */
export function addRows(
  out: Float64Array,
  bias: Float64Array,
  biasOff: number,
  m: number,
  n: number,
): void {
  for (let i = 0; i < m; i++) {
    const o = i * n;
    for (let j = 0; j < n; j++) out[o + j] += bias[biasOff + j];
  }
}

/** acc[j] += Σᵢ rows[i, j]: a bias gradient. */
export function sumRows(
  acc: Float64Array,
  accOff: number,
  rows: Float64Array,
  m: number,
  n: number,
): void {
  for (let i = 0; i < m; i++) {
    const o = i * n;
    for (let j = 0; j < n; j++) acc[accOff + j] += rows[o + j];
  }
}

/** Logistic sigmoid σ(x) = 1 / (1 + e^(−x)), Keras 2+'s recurrent activation. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Transposes a [rows×cols] matrix. */
export function transpose(a: Float64Array, rows: number, cols: number): Float64Array {
  const t = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) t[j * rows + i] = a[i * cols + j];
  return t;
}
