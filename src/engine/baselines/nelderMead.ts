/**
 * Nelder–Mead simplex minimisation (Lagarias et al. 1998 coefficients), for the few-parameter
 * likelihoods of ARMA models. No gradients needed; restarts from the best point guard against a
 * collapsed simplex.
 */

export interface MinimizeResult {
  x: number[];
  value: number;
  iterations: number;
}

export function nelderMead(
  f: (x: number[]) => number,
  start: number[],
  options: { step?: number; maxIterations?: number; tolerance?: number; restarts?: number } = {},
): MinimizeResult {
  const step = options.step ?? 0.1;
  const maxIterations = options.maxIterations ?? 2000 * Math.max(1, start.length);
  const tol = options.tolerance ?? 1e-10;
  let best = { x: [...start], value: f(start), iterations: 0 };
  for (let round = 0; round <= (options.restarts ?? 2); round++) {
    const r = simplexRun(f, best.x, step, maxIterations, tol);
    const improved = r.value < best.value - tol * (1 + Math.abs(best.value));
    best = {
      x: r.x,
      value: Math.min(r.value, best.value),
      iterations: best.iterations + r.iterations,
    };
    if (!improved && round > 0) break;
  }
  return best;
}

function simplexRun(
  f: (x: number[]) => number,
  start: number[],
  step: number,
  maxIterations: number,
  tol: number,
): MinimizeResult {
  const n = start.length;
  const value = (x: number[]) => {
    const v = f(x);
    return Number.isFinite(v) ? v : Infinity;
  };
  let points: { x: number[]; v: number }[] = [{ x: [...start], v: value(start) }];
  for (let i = 0; i < n; i++) {
    const x = [...start];
    x[i] += x[i] !== 0 ? step * Math.max(1, Math.abs(x[i])) : step;
    points.push({ x, v: value(x) });
  }
  let it = 0;
  for (; it < maxIterations; it++) {
    points.sort((a, b) => a.v - b.v);
    const lo = points[0].v;
    const hi = points[n].v;
    if (Math.abs(hi - lo) <= tol * (Math.abs(lo) + Math.abs(hi) + 1e-20)) {
      let spread = 0;
      for (const p of points)
        for (let j = 0; j < n; j++) spread = Math.max(spread, Math.abs(p.x[j] - points[0].x[j]));
      if (spread < 1e-9) break;
    }
    const centroid = new Array(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] += points[i].x[j] / n;
    const worst = points[n];
    const along = (t: number) => centroid.map((c, j) => c + t * (worst.x[j] - c));
    const xr = along(-1);
    const vr = value(xr);
    if (vr < points[0].v) {
      const xe = along(-2);
      const ve = value(xe);
      points[n] = ve < vr ? { x: xe, v: ve } : { x: xr, v: vr };
    } else if (vr < points[n - 1].v) {
      points[n] = { x: xr, v: vr };
    } else {
      const outside = vr < worst.v;
      const xc = along(outside ? -0.5 : 0.5);
      const vc = value(xc);
      if (vc < (outside ? vr : worst.v)) {
        points[n] = { x: xc, v: vc };
      } else {
        const b = points[0].x;
        points = points.map((p, i) => {
          if (i === 0) return p;
          const x = p.x.map((xi, j) => b[j] + 0.5 * (xi - b[j]));
          return { x, v: value(x) };
        });
      }
    }
  }
  points.sort((a, b) => a.v - b.v);
  return { x: points[0].x, value: points[0].v, iterations: it };
}
