/**
 * Keras's default initialisers, on plain arrays, from one seeded stream (src/engine/rng.ts), so the
 * same `config.seed` gives the same initial weights on every backend and machine.
 *
 *   kernel            glorot_uniform   U(−√(6/(fan_in + fan_out)), +√(6/(fan_in + fan_out)))
 *   recurrent_kernel  orthogonal       Q of a QR of a normal matrix, signs fixed by diag(R)
 *   bias              zeros            LSTM: forget block ones (unit_forget_bias=True)
 *   embeddings        uniform          U(−0.05, 0.05)
 *   gamma / beta      ones / zeros     (LayerNormalization)
 */
import type { Rng } from '../rng';

/** Glorot-uniform values for a [fanIn, fanOut] kernel. */
export function glorotUniform(rng: Rng, fanIn: number, fanOut: number): Float64Array {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  const a = new Float64Array(fanIn * fanOut);
  for (let i = 0; i < a.length; i++) a[i] = (2 * rng.next() - 1) * limit;
  return a;
}

/** Uniform values in [−limit, limit). */
export function uniform(rng: Rng, size: number, limit: number): Float64Array {
  const a = new Float64Array(size);
  for (let i = 0; i < size; i++) a[i] = (2 * rng.next() - 1) * limit;
  return a;
}

/**
 * A [rows, cols] matrix with orthonormal rows (rows ≤ cols) or columns (rows > cols), as Keras's
 * Orthogonal: QR of a standard normal [max, min] matrix by modified Gram–Schmidt, which gives the Q
 * whose R has a positive diagonal (Keras multiplies Q by sign(diag(R)) for the same effect).
 */
export function orthogonal(rng: Rng, rows: number, cols: number): Float64Array {
  const long = Math.max(rows, cols);
  const short = Math.min(rows, cols);
  // q holds `short` vectors of length `long`, vector k at [k·long, (k+1)·long).
  const q = new Float64Array(long * short);
  for (let i = 0; i < q.length; i++) q[i] = rng.normal();
  for (let k = 0; k < short; k++) {
    const vk = k * long;
    for (let j = 0; j < k; j++) {
      const vj = j * long;
      let dot = 0;
      for (let i = 0; i < long; i++) dot += q[vk + i] * q[vj + i];
      for (let i = 0; i < long; i++) q[vk + i] -= dot * q[vj + i];
    }
    let norm = 0;
    for (let i = 0; i < long; i++) norm += q[vk + i] * q[vk + i];
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < long; i++) q[vk + i] /= norm;
  }
  const out = new Float64Array(rows * cols);
  for (let k = 0; k < short; k++) {
    for (let i = 0; i < long; i++) {
      // rows ≤ cols: vector k is row k; otherwise it is column k.
      if (rows <= cols) out[k * cols + i] = q[k * long + i];
      else out[i * cols + k] = q[k * long + i];
    }
  }
  return out;
}
