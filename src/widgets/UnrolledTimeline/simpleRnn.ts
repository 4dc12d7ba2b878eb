/**
 * A tiny SimpleRNN in plain TypeScript, small enough to show every number on the page:
 *   h(t) = tanh(Wx x(t) + Wh h(t−1) + b),   y(t) = Wy h(t) + by,   h(0) = 0,
 * its exact backward pass (BPTT, optionally truncated) and the products of step Jacobians
 * ∂h(s)/∂h(s−1) = diag(1 − h(s)²) · Wh. No tfjs: the lessons that use it load no model code.
 * Matrices are arrays of rows: Wx is [units][features], Wh [units][units], Wy [outputs][units].
 */
import { createRng, type Rng } from '../../engine/rng';

export interface RnnWeights {
  /** Wx: input → hidden, [units][features]. */
  Wx: number[][];
  /** Wh: hidden → hidden, [units][units]; the same matrix at every step. */
  Wh: number[][];
  /** b: hidden bias, [units]. */
  b: number[];
  /** Wy: hidden → output, [outputs][units]. */
  Wy: number[][];
  /** by: output bias, [outputs]. */
  by: number[];
}

export interface ForwardPass {
  /** Pre-activation a(t) = Wx x(t) + Wh h(t−1) + b, [T][units]. */
  pre: number[][];
  /** h(t), [T][units] (index 0 is step 1). */
  hidden: number[][];
  /** y(t), [T][outputs]. */
  outputs: number[][];
}

export function matVec(m: readonly (readonly number[])[], v: readonly number[]): number[] {
  return m.map((row) => row.reduce((s, w, j) => s + w * v[j], 0));
}

/** mᵀ v without forming mᵀ. */
export function matTVec(m: readonly (readonly number[])[], v: readonly number[]): number[] {
  const cols = m[0]?.length ?? 0;
  const out = new Array<number>(cols).fill(0);
  m.forEach((row, i) => row.forEach((w, j) => (out[j] += w * v[i])));
  return out;
}

export function norm(v: readonly number[]): number {
  return Math.sqrt(v.reduce((s, x) => s + x * x, 0));
}

/** One step of the cell: the new state from the input and the previous state. */
export function cellStep(
  w: RnnWeights,
  x: readonly number[],
  hPrev: readonly number[],
): { pre: number[]; h: number[] } {
  const a = matVec(w.Wx, x);
  const r = matVec(w.Wh, hPrev);
  const pre = a.map((v, k) => v + r[k] + w.b[k]);
  return { pre, h: pre.map(Math.tanh) };
}

/** The layer: the cell looped over the sequence from h(0) = 0 (or `h0`). */
export function forward(w: RnnWeights, xs: readonly (readonly number[])[], h0?: number[]) {
  let h = h0 ?? new Array<number>(w.b.length).fill(0);
  const pass: ForwardPass = { pre: [], hidden: [], outputs: [] };
  for (const x of xs) {
    const step = cellStep(w, x, h);
    h = step.h;
    pass.pre.push(step.pre);
    pass.hidden.push(h);
    pass.outputs.push(matVec(w.Wy, h).map((v, k) => v + w.by[k]));
  }
  return pass;
}

/** Glorot-uniform limit √(6 / (fanIn + fanOut)), the Keras default for kernels. */
function glorot(rng: Rng, rows: number, cols: number): number[][] {
  const lim = Math.sqrt(6 / (rows + cols));
  return Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => (rng.next() * 2 - 1) * lim),
  );
}

/**
 * A random orthogonal matrix (Gram–Schmidt on Gaussian columns), Keras's default recurrent
 * initialiser: every singular value is 1, so `scale · Q` has every singular value equal to scale.
 */
export function orthogonal(rng: Rng, n: number): number[][] {
  const cols: number[][] = [];
  while (cols.length < n) {
    let v = Array.from({ length: n }, () => rng.normal());
    for (const q of cols) {
      const d = v.reduce((s, x, i) => s + x * q[i], 0);
      v = v.map((x, i) => x - d * q[i]);
    }
    const len = norm(v);
    // A draw that is (numerically) in the span of the previous columns is simply redrawn.
    if (len > 1e-8) cols.push(v.map((x) => x / len));
  }
  return Array.from({ length: n }, (_, i) => cols.map((c) => c[i]));
}

/**
 * Seeded weights like a fresh Keras SimpleRNN: Glorot-uniform Wx and Wy, orthogonal Wh times
 * `recurrentScale`, zero biases.
 */
export function seededWeights(
  seed: number,
  features: number,
  units: number,
  outputs: number,
  recurrentScale = 1,
): RnnWeights {
  const rng = createRng(seed);
  const Wx = glorot(rng, units, features);
  const Wh = orthogonal(rng, units).map((row) => row.map((v) => v * recurrentScale));
  const Wy = glorot(rng, outputs, units);
  return {
    Wx,
    Wh,
    b: new Array<number>(units).fill(0),
    Wy,
    by: new Array<number>(outputs).fill(0),
  };
}

/** Per-step squared-error targets; `null` where the output is ignored by the loss. */
export type Targets = readonly (readonly number[] | null)[];

/** L = Σ over used steps of ½‖y(t) − target(t)‖². */
export function loss(pass: ForwardPass, targets: Targets): number {
  let L = 0;
  pass.outputs.forEach((y, t) => {
    const target = targets[t];
    if (target) y.forEach((v, k) => (L += 0.5 * (v - target[k]) ** 2));
  });
  return L;
}

export interface Backward {
  /** ∂L/∂h(t) that reaches h(t), [T][units] (zeros where truncation stops the flow). */
  dh: number[][];
  /** ∂L/∂Wh accumulated over the steps that received gradient. */
  dWh: number[][];
}

/**
 * Back-propagation through time. Each used output's error enters at its own step s and flows
 * back through the chain, at most `window` steps (s, s−1, …, s−window+1): truncated BPTT as in the
 * notes ("back-propagate only a few steps from the current step"). `window ≥ T` is full BPTT.
 */
export function backward(
  w: RnnWeights,
  pass: ForwardPass,
  targets: Targets,
  window = Infinity,
  h0?: number[],
): Backward {
  const T = pass.hidden.length;
  const n = w.b.length;
  const dh = Array.from({ length: T }, () => new Array<number>(n).fill(0));
  const dWh = w.Wh.map((row) => row.map(() => 0));
  const zero = h0 ?? new Array<number>(n).fill(0);
  for (let s = 0; s < T; s++) {
    const target = targets[s];
    if (!target) continue;
    const err = pass.outputs[s].map((v, k) => v - target[k]);
    let delta = matTVec(w.Wy, err);
    const stop = Math.max(0, s - window + 1);
    for (let t = s; t >= stop; t--) {
      delta.forEach((v, k) => (dh[t][k] += v));
      // Through tanh: ∂L/∂a(t) = ∂L/∂h(t) ⊙ (1 − h(t)²).
      const da = delta.map((v, k) => v * (1 - pass.hidden[t][k] ** 2));
      const prev = t > 0 ? pass.hidden[t - 1] : zero;
      da.forEach((v, i) => prev.forEach((p, j) => (dWh[i][j] += v * p)));
      delta = matTVec(w.Wh, da);
    }
  }
  return { dh, dWh };
}

/**
 * ‖∂h(T)/∂h(t)‖_F for t = 1..T: the Frobenius norm of the product of step Jacobians
 * J(s) = diag(1 − h(s)²)·Wh for s = t+1..T (the identity at t = T, norm √units).
 */
export function jacobianNorms(w: RnnWeights, pass: ForwardPass): number[] {
  const T = pass.hidden.length;
  const n = w.b.length;
  // P = ∂h(T)/∂h(t), built from t = T down: P(t−1) = P(t) · J(t).
  let P = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => +(i === j)));
  const out = new Array<number>(T).fill(0);
  for (let t = T - 1; t >= 0; t--) {
    out[t] = Math.sqrt(P.reduce((s, row) => s + row.reduce((r, v) => r + v * v, 0), 0));
    const d = pass.hidden[t].map((h) => 1 - h * h);
    P = P.map((row) =>
      Array.from({ length: n }, (_, j) => row.reduce((s, p, k) => s + p * d[k] * w.Wh[k][j], 0)),
    );
  }
  return out;
}
