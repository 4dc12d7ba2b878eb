/**
 * The little dense linear algebra the classical baselines need, in float64: Gaussian elimination
 * with partial pivoting and ordinary least squares through the normal equations.
 */

/** Solves A x = b for a square A (row-major, n × n). Throws when A is singular. */
export function solve(
  a: Float64Array | number[],
  b: Float64Array | number[],
  n: number,
): Float64Array {
  const m = Float64Array.from(a);
  const x = Float64Array.from(b);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(m[r * n + col]) > Math.abs(m[pivot * n + col])) pivot = r;
    if (Math.abs(m[pivot * n + col]) < 1e-300) throw new Error('singular system');
    if (pivot !== col) {
      for (let c = 0; c < n; c++) {
        const t = m[col * n + c];
        m[col * n + c] = m[pivot * n + c];
        m[pivot * n + c] = t;
      }
      const t = x[col];
      x[col] = x[pivot];
      x[pivot] = t;
    }
    for (let r = col + 1; r < n; r++) {
      const f = m[r * n + col] / m[col * n + col];
      if (f === 0) continue;
      for (let c = col; c < n; c++) m[r * n + c] -= f * m[col * n + c];
      x[r] -= f * x[col];
    }
  }
  for (let r = n - 1; r >= 0; r--) {
    let s = x[r];
    for (let c = r + 1; c < n; c++) s -= m[r * n + c] * x[c];
    x[r] = s / m[r * n + r];
  }
  return x;
}

/**
 * Least squares: the β [p, k] minimising ‖Xβ − Y‖² for X [n, p] and Y [n, k] (row-major), via
 * (XᵀX + λI) β = XᵀY. A tiny ridge λ keeps nearly collinear lags solvable without changing the fit.
 */
export function leastSquares(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  n: number,
  p: number,
  k: number,
  ridge = 0,
): Float64Array {
  const xtx = new Float64Array(p * p);
  const xty = new Float64Array(p * k);
  for (let i = 0; i < n; i++) {
    const row = i * p;
    for (let a = 0; a < p; a++) {
      const xa = x[row + a];
      if (xa === 0) continue;
      for (let b = a; b < p; b++) xtx[a * p + b] += xa * x[row + b];
      for (let j = 0; j < k; j++) xty[a * k + j] += xa * y[i * k + j];
    }
  }
  for (let a = 0; a < p; a++) {
    for (let b = 0; b < a; b++) xtx[a * p + b] = xtx[b * p + a];
    xtx[a * p + a] += ridge;
  }
  const beta = new Float64Array(p * k);
  for (let j = 0; j < k; j++) {
    const col = Float64Array.from({ length: p }, (_, a) => xty[a * k + j]);
    const sol = solve(xtx, col, p);
    for (let a = 0; a < p; a++) beta[a * k + j] = sol[a];
  }
  return beta;
}
