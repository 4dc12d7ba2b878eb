import { describe, expect, it } from 'vitest';
import {
  backward,
  forward,
  jacobianNorms,
  loss,
  norm,
  orthogonal,
  seededWeights,
  type RnnWeights,
  type Targets,
} from './simpleRnn';
import { createRng } from '../../engine/rng';

const xs = [
  [0.5, -1],
  [1, 0.2],
  [-0.3, 0.8],
  [0.9, 0.1],
  [0, -0.6],
  [0.4, 0.4],
];

/** L as a function of h(t) alone: the forward pass resumed from a perturbed state. */
function lossFrom(w: RnnWeights, t: number, hT: number[], targets: Targets): number {
  const rest = forward(w, xs.slice(t + 1), hT);
  const head = forward(w, xs.slice(0, t + 1));
  const outs = [
    ...head.outputs.slice(0, t),
    w.Wy.map((r, k) => r.reduce((s, v, j) => s + v * hT[j], w.by[k])),
    ...rest.outputs,
  ];
  return loss({ pre: [], hidden: [], outputs: outs }, targets);
}

describe('simpleRnn', () => {
  it('computes one step by hand: h = tanh(wx·x + wh·h + b), y = wy·h', () => {
    const w: RnnWeights = { Wx: [[0.5]], Wh: [[0.8]], b: [0.1], Wy: [[2]], by: [0] };
    const pass = forward(w, [[1], [2]]);
    const h1 = Math.tanh(0.5 + 0.1);
    const h2 = Math.tanh(1 + 0.8 * h1 + 0.1);
    expect(pass.hidden[0][0]).toBeCloseTo(0.537049567, 8);
    expect(pass.hidden[1][0]).toBeCloseTo(h2, 12);
    expect(pass.outputs[1][0]).toBeCloseTo(2 * h2, 12);
  });

  it('builds an orthogonal recurrent matrix: QᵀQ = I', () => {
    const Q = orthogonal(createRng(3), 5);
    for (let i = 0; i < 5; i++)
      for (let j = 0; j < 5; j++) {
        const d = Q.reduce((s, row) => s + row[i] * row[j], 0);
        expect(d).toBeCloseTo(i === j ? 1 : 0, 10);
      }
  });

  it('matches finite differences for ∂L/∂h(t) with losses at every step (full BPTT)', () => {
    const w = seededWeights(7, 2, 3, 1, 1.2);
    const targets: Targets = xs.map((_, t) => [Math.sin(t)]);
    const pass = forward(w, xs);
    const { dh } = backward(w, pass, targets);
    const eps = 1e-6;
    for (let t = 0; t < xs.length; t++) {
      for (let k = 0; k < 3; k++) {
        const up = [...pass.hidden[t]];
        const down = [...pass.hidden[t]];
        up[k] += eps;
        down[k] -= eps;
        const fd = (lossFrom(w, t, up, targets) - lossFrom(w, t, down, targets)) / (2 * eps);
        expect(dh[t][k]).toBeCloseTo(fd, 6);
      }
    }
  });

  it('matches finite differences for ∂L/∂Wh', () => {
    const w = seededWeights(11, 2, 3, 1, 0.9);
    const targets: Targets = xs.map((_, t) => (t % 2 ? [0.3] : null));
    const { dWh } = backward(w, forward(w, xs), targets);
    const eps = 1e-6;
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) {
        const at = (d: number) => {
          const Wh = w.Wh.map((r) => [...r]);
          Wh[i][j] += d;
          return loss(forward({ ...w, Wh }, xs), targets);
        };
        expect(dWh[i][j]).toBeCloseTo((at(eps) - at(-eps)) / (2 * eps), 6);
      }
  });

  it('truncation with window k lets the last loss reach only the last k steps', () => {
    const w = seededWeights(5, 2, 3, 1);
    const targets: Targets = xs.map((_, t) => (t === xs.length - 1 ? [1] : null));
    const pass = forward(w, xs);
    const full = backward(w, pass, targets).dh;
    const cut = backward(w, pass, targets, 2).dh;
    expect(cut.map(norm).map((v) => v > 0)).toEqual([false, false, false, false, true, true]);
    // Inside the window the gradient is exactly the full one.
    expect(cut[4]).toEqual(full[4]);
    expect(backward(w, pass, targets, 6).dh).toEqual(full);
  });

  it('jacobian norms: √units at T and agree with finite differences of h(T)', () => {
    const w = seededWeights(2, 2, 3, 1, 1.1);
    const pass = forward(w, xs);
    const norms = jacobianNorms(w, pass);
    const T = xs.length;
    expect(norms[T - 1]).toBeCloseTo(Math.sqrt(3), 12);
    const eps = 1e-6;
    for (const t of [0, 2, 4]) {
      let fro = 0;
      for (let k = 0; k < 3; k++) {
        const run = (d: number) => {
          const h = [...pass.hidden[t]];
          h[k] += d;
          const rest = forward(w, xs.slice(t + 1), h);
          return rest.hidden[rest.hidden.length - 1];
        };
        const a = run(eps);
        const b = run(-eps);
        fro += a.reduce((s, v, i) => s + ((v - b[i]) / (2 * eps)) ** 2, 0);
      }
      expect(norms[t]).toBeCloseTo(Math.sqrt(fro), 6);
    }
  });
});
