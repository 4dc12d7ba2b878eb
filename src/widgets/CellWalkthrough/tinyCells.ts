/**
 * Tiny LSTM and GRU cells in plain TypeScript (no tfjs), small enough to follow by hand: seeded
 * weights in the drawings' layout (`CellWeights`: per gate Wx [units][features], Wh [units][units],
 * b [units]) and a forward pass that records every gate, so the numeric walk-through and the GRU
 * convention demonstration can run on the page without the training worker.
 *
 * LSTM (notes A, C; Keras): i, f, o = σ(·), g = tanh(·), c(t) = f ⊙ c(t−1) + i ⊙ g,
 * h(t) = o ⊙ tanh(c(t)).
 * GRU (Keras, reset before the recurrent product): r, z = σ(·), g = tanh(Wx x + Wh (r ⊙ h(t−1)) + b),
 * then either convention for the new state:
 *   'keras'     h(t) = z ⊙ h(t−1) + (1 − z) ⊙ g   (the course's, notes C)
 *   'candidate' h(t) = (1 − z) ⊙ h(t−1) + z ⊙ g   (notes B)
 */
import { createRng } from '../../engine/rng';
import type { CellKind, LayerTrace } from '../../engine/types';
import type { CellWeights, GateWeights } from '../../viz/cellWeights';

export type GruConvention = 'keras' | 'candidate';

const GATE_NAMES: Partial<Record<CellKind, readonly string[]>> = {
  lstm: ['i', 'f', 'g', 'o'],
  gru: ['r', 'z', 'g'],
};

export function sigmoid(a: number): number {
  return 1 / (1 + Math.exp(-a));
}

/**
 * Seeded weights, uniform in ±scale (Glorot-like for these sizes). The LSTM forget-gate bias starts
 * at 1, as Keras' `unit_forget_bias`, so a fresh cell keeps most of its memory.
 */
export function randomCellWeights(
  kind: 'lstm' | 'gru',
  features: number,
  units: number,
  seed: number,
  scale = 0.8,
): CellWeights {
  const rng = createRng(seed);
  const u = () => Math.round((rng.next() * 2 - 1) * scale * 100) / 100;
  const gates: Record<string, GateWeights> = {};
  for (const g of GATE_NAMES[kind] ?? []) {
    gates[g] = {
      Wx: Array.from({ length: units }, () => Array.from({ length: features }, u)),
      Wh: Array.from({ length: units }, () => Array.from({ length: units }, u)),
      b: Array.from({ length: units }, () => (kind === 'lstm' && g === 'f' ? 1 : u())),
    };
  }
  return { kind, features, units, gates };
}

/** Wx·x + Wh·h + b for one gate. */
function affine(w: GateWeights, x: number[], h: number[]): number[] {
  return w.b.map(
    (b, k) =>
      b +
      w.Wx[k].reduce((s, v, j) => s + v * x[j], 0) +
      w.Wh[k].reduce((s, v, j) => s + v * h[j], 0),
  );
}

const mul = (a: number[], b: number[]) => a.map((v, k) => v * b[k]);

/** One sequence through the cell from zero states: every gate, c (LSTM) and h per step. */
export function runCell(
  w: CellWeights,
  xs: number[][],
  convention: GruConvention = 'keras',
): LayerTrace {
  const zeros = () => Array.from({ length: w.units }, () => 0);
  let h = zeros();
  let c = zeros();
  const hidden: number[][] = [];
  const cells: number[][] = [];
  const gates: Record<string, number[][]> = {};
  for (const g of Object.keys(w.gates)) gates[g] = [];
  for (const x of xs) {
    if (w.kind === 'lstm') {
      const i = affine(w.gates.i, x, h).map(sigmoid);
      const f = affine(w.gates.f, x, h).map(sigmoid);
      const g = affine(w.gates.g, x, h).map(Math.tanh);
      const o = affine(w.gates.o, x, h).map(sigmoid);
      c = c.map((cp, k) => f[k] * cp + i[k] * g[k]);
      h = o.map((ov, k) => ov * Math.tanh(c[k]));
      Object.entries({ i, f, g, o }).forEach(([k, v]) => gates[k].push(v));
      cells.push(c);
    } else {
      const r = affine(w.gates.r, x, h).map(sigmoid);
      const z = affine(w.gates.z, x, h).map(sigmoid);
      const g = affine(w.gates.g, x, mul(r, h)).map(Math.tanh);
      const old = h;
      h =
        convention === 'keras'
          ? z.map((zv, k) => zv * old[k] + (1 - zv) * g[k])
          : z.map((zv, k) => (1 - zv) * old[k] + zv * g[k]);
      Object.entries({ r, z, g }).forEach(([k, v]) => gates[k].push(v));
    }
    hidden.push(h);
  }
  return {
    layer: 0,
    direction: 'forward',
    cell: w.kind,
    units: w.units,
    inputs: xs.map((x) => [...x]),
    hidden,
    ...(w.kind === 'lstm' ? { cellState: cells } : {}),
    gates,
  };
}

/**
 * The same GRU written for the other convention: the update gate's weights and bias change sign,
 * so σ(−a) = 1 − σ(a) turns z into 1 − z and every h(t) is unchanged.
 */
export function swapUpdateGate(w: CellWeights): CellWeights {
  const z = w.gates.z;
  if (!z) return w;
  const neg = (v: number) => (v === 0 ? 0 : -v);
  return {
    ...w,
    gates: {
      ...w.gates,
      z: { Wx: z.Wx.map((r) => r.map(neg)), Wh: z.Wh.map((r) => r.map(neg)), b: z.b.map(neg) },
    },
  };
}

/** Largest |a − b| over two equally shaped matrices (Infinity when the shapes differ). */
export function maxAbsDiff(a: number[][], b: number[][]): number {
  if (a.length !== b.length) return Infinity;
  let m = 0;
  a.forEach((row, t) => {
    if (row.length !== b[t].length) m = Infinity;
    row.forEach((v, k) => (m = Math.max(m, Math.abs(v - b[t][k]))));
  });
  return m;
}

/** A short seeded input sequence [T][features] in ±1, rounded to 2 decimals for reading. */
export function randomInputs(T: number, features: number, seed: number): number[][] {
  const rng = createRng(seed ^ 0x5bd1e995);
  return Array.from({ length: T }, () =>
    Array.from({ length: features }, () => Math.round((rng.next() * 2 - 1) * 100) / 100),
  );
}
