import { describe, expect, it } from 'vitest';
import type { CellWeights } from '../../viz/cellWeights';
import { walkthroughLines } from '../../viz/walkthrough';
import {
  maxAbsDiff,
  randomCellWeights,
  randomInputs,
  runCell,
  sigmoid,
  swapUpdateGate,
} from './tinyCells';

/** One unit, one input: every weight written out so the numbers can be checked by hand. */
function oneUnit(kind: 'lstm' | 'gru', w: Record<string, [number, number, number]>): CellWeights {
  const gates = Object.fromEntries(
    Object.entries(w).map(([g, [wx, wh, b]]) => [g, { Wx: [[wx]], Wh: [[wh]], b: [b] }]),
  );
  return { kind, features: 1, units: 1, gates };
}

describe('tiny LSTM', () => {
  const w = oneUnit('lstm', {
    i: [0.5, 0.2, 0],
    f: [-0.3, 0.1, 1],
    g: [0.8, -0.4, 0.1],
    o: [1, 0.3, -0.2],
  });

  it('matches the step computed by hand (float64, independent script)', () => {
    const tr = runCell(w, [[1], [-0.5]]);
    expect(tr.cellState?.[0][0]).toBeCloseTo(0.4458662932253976, 12);
    expect(tr.hidden[0][0]).toBeCloseTo(0.28875099211255695, 12);
    expect(tr.cellState?.[1][0]).toBeCloseTo(0.16324468642006623, 12);
    expect(tr.hidden[1][0]).toBeCloseTo(0.05684215710640687, 12);
  });

  it('with f = 1 and i = 0 the cell state is carried unchanged', () => {
    const keep = oneUnit('lstm', { i: [0, 0, -40], f: [0, 0, 40], g: [1, 0, 0], o: [0, 0, 0] });
    const first = oneUnit('lstm', { i: [0, 0, 40], f: [0, 0, -40], g: [1, 0, 0], o: [0, 0, 0] });
    const c1 = runCell(first, [[0.7]]).cellState?.[0][0] ?? NaN;
    expect(c1).toBeCloseTo(Math.tanh(0.7), 10);
    const tr = runCell(keep, [[0.7], [0.2], [-0.9]]);
    tr.cellState?.forEach((row) => expect(Math.abs(row[0])).toBeLessThan(1e-15));
  });

  it('agrees with the drawings’ walk-through at every step of a seeded 3-unit cell', () => {
    const wr = randomCellWeights('lstm', 1, 3, 11);
    const xs = randomInputs(6, 1, 5);
    const tr = runCell(wr, xs);
    for (let t = 0; t < xs.length; t++) {
      const hPrev = t ? tr.hidden[t - 1] : [0, 0, 0];
      const cPrev = t ? tr.cellState?.[t - 1] : [0, 0, 0];
      const lines = walkthroughLines(wr, xs[t], hPrev, cPrev);
      const h = lines.find((l) => l.sym === 'h')?.result ?? [];
      const c = lines.find((l) => l.sym === 'c')?.result ?? [];
      h.forEach((v, k) => expect(v).toBeCloseTo(tr.hidden[t][k], 12));
      c.forEach((v, k) => expect(v).toBeCloseTo(tr.cellState?.[t][k] ?? NaN, 12));
    }
  });
});

describe('tiny GRU and its two conventions', () => {
  const w = oneUnit('gru', { r: [0.4, 0.2, 0], z: [0.6, -0.5, 0.3], g: [1, 0.7, -0.1] });

  it('matches the Keras convention computed by hand', () => {
    const tr = runCell(w, [[1], [-0.5]]);
    expect(tr.hidden[0][0]).toBeCloseTo(0.20704625564967843, 12);
    expect(tr.hidden[1][0]).toBeCloseTo(-0.15838355098042783, 12);
  });

  it('agrees with the drawings’ walk-through (Keras convention)', () => {
    const wr = randomCellWeights('gru', 1, 3, 4);
    const xs = randomInputs(6, 1, 9);
    const tr = runCell(wr, xs);
    for (let t = 0; t < xs.length; t++) {
      const hPrev = t ? tr.hidden[t - 1] : [0, 0, 0];
      const h = walkthroughLines(wr, xs[t], hPrev).find((l) => l.sym === 'h')?.result ?? [];
      h.forEach((v, k) => expect(v).toBeCloseTo(tr.hidden[t][k], 12));
    }
  });

  it('z = 1 keeps the old state in the Keras convention and takes the candidate in the other', () => {
    const shut = oneUnit('gru', { r: [0, 0, 0], z: [0, 0, 40], g: [1, 0, 0] });
    const keras = runCell(shut, [[0.5], [0.9]]);
    keras.hidden.forEach((row) => expect(Math.abs(row[0])).toBeLessThan(1e-15));
    const other = runCell(shut, [[0.5], [0.9]], 'candidate');
    expect(other.hidden[1][0]).toBeCloseTo(Math.tanh(0.9), 12);
  });

  it('swapping z ↔ 1 − z (negated update-gate weights) gives the same h(t) at every step', () => {
    for (const seed of [1, 2, 3, 42]) {
      const wr = randomCellWeights('gru', 2, 3, seed);
      const xs = randomInputs(12, 2, seed + 100);
      const keras = runCell(wr, xs, 'keras');
      const swapped = runCell(swapUpdateGate(wr), xs, 'candidate');
      expect(maxAbsDiff(keras.hidden, swapped.hidden)).toBeLessThan(1e-12);
      // z itself became 1 − z.
      keras.gates.z.forEach((row, t) =>
        row.forEach((v, k) => expect(swapped.gates.z[t][k]).toBeCloseTo(1 - v, 12)),
      );
      // The same weights under the other convention are a different model.
      expect(maxAbsDiff(keras.hidden, runCell(wr, xs, 'candidate').hidden)).toBeGreaterThan(1e-3);
    }
  });

  it('σ(−a) = 1 − σ(a), the identity the swap rests on', () => {
    for (const a of [-5, -0.3, 0, 0.8, 7]) expect(sigmoid(-a)).toBeCloseTo(1 - sigmoid(a), 14);
  });
});

describe('seeded weights', () => {
  it('are reproducible and start the LSTM forget bias at 1', () => {
    const a = randomCellWeights('lstm', 1, 2, 9);
    expect(randomCellWeights('lstm', 1, 2, 9)).toEqual(a);
    expect(a.gates.f.b).toEqual([1, 1]);
    expect(randomCellWeights('lstm', 1, 2, 10)).not.toEqual(a);
  });
});
