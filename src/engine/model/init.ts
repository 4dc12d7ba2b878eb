/**
 * Keras's default initialisers, on plain arrays, from one seeded stream (src/engine/rng.ts), so the
 * same `config.seed` gives the same initial weights on every backend and machine.
 *
 *   kernel            glorot_uniform   U(−√(6/(fan_in + fan_out)), +√(6/(fan_in + fan_out)))
 *   recurrent_kernel  orthogonal       Q of a QR of a normal matrix, signs fixed by diag(R)
 *   bias              zeros            LSTM: forget block ones (unit_forget_bias=True)
 *   embeddings        uniform          U(−0.05, 0.05)
 *   gamma / beta      ones / zeros     (LayerNormalization)
 *
 * and, as an alternative gate bias for tasks with long gaps, Tallec & Ollivier's chrono
 * initialisation (`chronoBias`).
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
 * For a square matrix Keras keeps Q's vectors as columns and this puts them in rows: the transpose,
 * orthogonal with the same (Haar) distribution. Kept so that seeded runs, and the figures quoted
 * from them, stay as they are.
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

/**
 * Chrono initialisation of the gate biases (Tallec & Ollivier, "Can recurrent neural networks warp
 * time?", ICLR 2018, §4): with u ~ U(1, maxTimescale − 1) per unit,
 *
 *   LSTM (blocks i f g o)   b_f = log(u),  b_i = −b_f,  b_g = b_o = 0
 *   GRU  (blocks z r g)     b_z = log(u),  b_r = b_g = 0
 *
 * so that at the start of training a unit keeps σ(log u) = u / (1 + u) of its memory per step and
 * forgets it over about 1 + u steps, spread across the units from 2 to maxTimescale. Keras's
 * unit_forget_bias (b_f = 1, σ(1) ≈ 0.73) gives every unit the same memory of about 3.7 steps:
 * across a 30-step gap a signal in the cell state shrinks by 0.73²⁹ ≈ 10⁻⁴ and the LSTM has to
 * discover long memory from a gradient that small. The GRU line is the paper's rule written for
 * Keras's update gate, which keeps h(t−1) (h = z ⊙ h(t−1) + (1 − z) ⊙ g); the paper's GRU, whose
 * z writes the candidate, has b_z = −log(u) for the same effect.
 *
 * Returns the bias of the input projection, [gates·units]; a GRU reset_after recurrent bias stays 0.
 */
export function chronoBias(
  rng: Rng,
  cell: 'lstm' | 'gru',
  units: number,
  maxTimescale: number,
): Float64Array {
  if (!(maxTimescale >= 2)) throw new Error(`maxTimescale must be at least 2, got ${maxTimescale}`);
  const gates = cell === 'lstm' ? 4 : 3;
  const b = new Float64Array(gates * units);
  for (let j = 0; j < units; j++) {
    const keep = Math.log(1 + rng.next() * (maxTimescale - 2));
    if (cell === 'lstm') {
      b[units + j] = keep;
      b[j] = -keep;
    } else {
      b[j] = keep;
    }
  }
  return b;
}
