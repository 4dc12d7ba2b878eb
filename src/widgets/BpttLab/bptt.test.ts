import { describe, expect, it } from 'vitest';
import { frameState, runBptt, strengths } from './bptt';
import { forward, loss } from '../UnrolledTimeline/simpleRnn';

describe('BpttLab numbers', () => {
  it('many-to-one with window k: exactly the last k steps receive gradient', () => {
    const r = runBptt('manyToOne', 8, 3, 1);
    expect(r.truncated.map((v) => v > 0)).toEqual([
      false,
      false,
      false,
      false,
      false,
      true,
      true,
      true,
    ]);
    // Full BPTT reaches every step.
    expect(r.full.every((v) => v > 0)).toBe(true);
    // Inside the window the truncated gradient is the full one.
    expect(r.truncated[7]).toBe(r.full[7]);
  });

  it('synced loss: every step gets some gradient even with k = 1, from its own output', () => {
    const r = runBptt('synced', 6, 1, 2);
    // Step 1 and 2 have target 0 but still a nonzero error y − 0, so every step gets gradient.
    expect(r.truncated.every((v) => v > 0)).toBe(true);
    expect(r.dWhhTruncated).not.toBeCloseTo(r.dWhhFull, 6);
  });

  it('full ∂L/∂Whh agrees with finite differences of the loss', () => {
    const r = runBptt('synced', 6, 99, 3);
    const xs = Array.from({ length: 6 }, (_, i) => [Math.sin(0.8 * (i + 1))]);
    const eps = 1e-6;
    let sq = 0;
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++) {
        const at = (d: number) => {
          const Wh = r.weights.Wh.map((row) => [...row]);
          Wh[i][j] += d;
          return loss(forward({ ...r.weights, Wh }, xs), r.targets);
        };
        sq += ((at(eps) - at(-eps)) / (2 * eps)) ** 2;
      }
    expect(r.dWhhFull).toBeCloseTo(Math.sqrt(sq), 6);
    expect(r.dWhhTruncated).toBe(r.dWhhFull);
  });

  it('maps norms to drawing strengths and frames to phases', () => {
    expect(
      strengths([0, 1e-4, 1e-3, 0.1, 1]).map((v) => (v === null ? v : +v.toFixed(12))),
    ).toEqual([null, 0.05, 0.05, 0.666666666667, 1]);
    expect(frameState(3, 5)).toEqual({ computed: 3, back: 0, phase: 'forward' });
    expect(frameState(7, 5)).toEqual({ computed: 5, back: 2, phase: 'backward' });
  });
});
