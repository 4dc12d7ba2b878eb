import { describe, expect, it } from 'vitest';
import { gradientProfile, inputs, type ProfileSettings } from './gradients';
import { forward, loss, seededWeights } from '../UnrolledTimeline/simpleRnn';

const BASE: ProfileSettings = { rho: 1, T: 12, units: 4, amp: 0.8, metric: 'loss', seed: 5 };

/** ‖∂L/∂h(t)‖ by central differences: perturb h(t), run the rest of the sequence, read L. */
function fdNorm(s: ProfileSettings, t: number): number {
  const w = seededWeights(s.seed, 1, s.units, 1, s.rho);
  const xs = inputs(s.T, s.amp);
  const pass = forward(w, xs);
  const targets = xs.map((_, i) => (i === s.T - 1 ? [1] : null));
  const eps = 1e-6;
  let sq = 0;
  for (let k = 0; k < s.units; k++) {
    const at = (d: number) => {
      const h = [...pass.hidden[t]];
      h[k] += d;
      const rest = forward(w, xs.slice(t + 1), h);
      // Only the last output is in the loss; pad the earlier ones with their (unused) values.
      const outs = [...pass.outputs.slice(0, t + 1), ...rest.outputs];
      if (t === s.T - 1) outs[t] = w.Wy.map((r) => r.reduce((a, v, j) => a + v * h[j], 0));
      return loss({ pre: [], hidden: [], outputs: outs }, targets);
    };
    sq += ((at(eps) - at(-eps)) / (2 * eps)) ** 2;
  }
  return Math.sqrt(sq);
}

describe('gradient profile', () => {
  it('matches finite differences at several steps and scales', () => {
    for (const rho of [0.6, 1, 1.4]) {
      const s = { ...BASE, rho };
      const p = gradientProfile(s);
      for (const t of [0, 5, 11]) {
        expect(p.exact[t]).toBeCloseTo(fdNorm(s, t), 6);
      }
    }
  });

  it('never exceeds the bound ρ^(T−t)·‖∂L/∂h(T)‖, and meets it in the linear regime', () => {
    for (const rho of [0.5, 0.9, 1.2, 1.8]) {
      const p = gradientProfile({ ...BASE, rho, T: 30 });
      p.exact.forEach((v, t) => expect(v).toBeLessThanOrEqual(p.bound[t] * (1 + 1e-12)));
      // Tiny inputs keep h ≈ 0 (even after growing by ρ^30), where tanh′ = 1 and ρQᵀ scales every
      // vector by exactly ρ.
      const lin = gradientProfile({ ...BASE, rho, T: 30, amp: 1e-16 });
      lin.exact.forEach((v, t) => expect(v / lin.bound[t]).toBeCloseTo(1, 6));
    }
  });

  it('vanishes like 0.5^(T−1) and explodes like 1.5^(T−1) in the linear regime', () => {
    const small = gradientProfile({ ...BASE, rho: 0.5, T: 40, amp: 1e-7 });
    expect(small.exact[0] / small.exact[39]).toBeCloseTo(0.5 ** 39 / 1, 20);
    expect(Math.log10(small.exact[0] / small.exact[39])).toBeCloseTo(39 * Math.log10(0.5), 4);
    const big = gradientProfile({ ...BASE, rho: 1.5, T: 40, amp: 1e-12 });
    expect(Math.log10(big.exact[0] / big.exact[39])).toBeCloseTo(39 * Math.log10(1.5), 3);
  });

  it('saturation pulls the gradient below the bound: large inputs make h ≈ ±1', () => {
    const p = gradientProfile({ ...BASE, rho: 1.5, T: 40, amp: 3 });
    expect(p.meanAbsState).toBeGreaterThan(0.5);
    expect(p.exact[0]).toBeLessThan(p.bound[0] * 1e-6);
  });

  it('the Jacobian metric starts at √units and agrees with the loss metric’s bound shape', () => {
    const p = gradientProfile({
      ...BASE,
      metric: 'jacobian',
      units: 9,
      T: 10,
      amp: 1e-7,
      rho: 0.8,
    });
    expect(p.exact[9]).toBeCloseTo(3, 12);
    expect(p.exact[0]).toBeCloseTo(3 * 0.8 ** 9, 6);
  });
});
