import { describe, expect, it } from 'vitest';

import { createRng } from '../engine/rng';
import { pca } from './pca';

describe('pca', () => {
  it('finds the direction of points lying on a line', () => {
    const dir = [1, 2, -2].map((v) => v / 3);
    const rng = createRng(3);
    const points = Array.from({ length: 40 }, () => {
      const s = rng.normal() * 4;
      return [5 + s * dir[0], -1 + s * dir[1], 2 + s * dir[2]];
    });
    const p = pca(points, 2);
    const cos = Math.abs(p.components[0].reduce((a, v, i) => a + v * dir[i], 0));
    expect(cos).toBeCloseTo(1, 8);
    expect(p.variances[0] / p.totalVariance).toBeCloseTo(1, 8);
    expect(p.variances[1]).toBeLessThan(1e-9);
    expect(p.mean[0]).toBeCloseTo(points.reduce((s, q) => s + q[0], 0) / 40, 12);
  });

  it('matches the analytic eigenvectors of an axis-aligned ellipse', () => {
    // Var along y is 9× var along x: components are ±e_y then ±e_x with variances 9σ² and σ².
    const points = [
      [1, 0],
      [-1, 0],
      [0, 3],
      [0, -3],
    ];
    const p = pca(points, 2);
    expect(Math.abs(p.components[0][1])).toBeCloseTo(1, 8);
    expect(Math.abs(p.components[1][0])).toBeCloseTo(1, 8);
    expect(p.variances[0]).toBeCloseTo(18 / 3, 8);
    expect(p.variances[1]).toBeCloseTo(2 / 3, 8);
  });
});
