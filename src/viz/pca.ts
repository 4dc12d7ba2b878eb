/**
 * A small principal component analysis by power iteration with deflation: enough for projecting a
 * few dozen hidden states of a few dozen units onto their two main directions.
 */
import { PCA_MAX_ITER, PCA_TOL } from './constants';

export interface Pca {
  mean: number[];
  /** Unit-length principal directions, largest variance first. */
  components: number[][];
  /** Variance along each component. */
  variances: number[];
  /** Total variance of the data (trace of the covariance). */
  totalVariance: number;
  /** The centred points projected on the components [n][k]. */
  projected: number[][];
}

/** Top `k` principal components of `points` [n][d]. */
export function pca(points: number[][], k = 2): Pca {
  const n = points.length;
  const d = points[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  for (const p of points) for (let j = 0; j < d; j++) mean[j] += p[j] / n;
  const X = points.map((p) => p.map((v, j) => v - mean[j]));
  const cov = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (const x of X)
    for (let a = 0; a < d; a++)
      for (let b = 0; b < d; b++) cov[a][b] += (x[a] * x[b]) / Math.max(1, n - 1);
  const totalVariance = cov.reduce((s, row, j) => s + row[j], 0);
  const components: number[][] = [];
  const variances: number[] = [];
  for (let c = 0; c < Math.min(k, d); c++) {
    // A fixed, non-symmetric start so results are deterministic and rarely orthogonal to the answer.
    let v = Array.from({ length: d }, (_, j) => 1 / (j + 1 + c));
    v = normalise(v);
    let lambda = 0;
    for (let it = 0; it < PCA_MAX_ITER; it++) {
      const w = normalise(matVec(cov, v));
      const next = dot(w, matVec(cov, w));
      const done = Math.abs(next - lambda) <= PCA_TOL * Math.max(1, Math.abs(next));
      v = w;
      lambda = next;
      if (done) break;
    }
    // Deflate: remove the found direction so the next iteration finds the next one.
    for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) cov[a][b] -= lambda * v[a] * v[b];
    // Fix the sign (largest entry positive) so the picture does not flip between runs.
    const big = v.reduce((m, x, j) => (Math.abs(x) > Math.abs(v[m]) ? j : m), 0);
    components.push(v[big] < 0 ? v.map((x) => -x) : v);
    variances.push(Math.max(0, lambda));
  }
  const projected = X.map((x) => components.map((u) => dot(x, u)));
  return { mean, components, variances, totalVariance, projected };
}

function dot(a: number[], b: number[]): number {
  return a.reduce((s, v, i) => s + v * b[i], 0);
}

function matVec(m: number[][], v: number[]): number[] {
  return m.map((row) => dot(row, v));
}

function normalise(v: number[]): number[] {
  const len = Math.hypot(...v);
  return len > 0 ? v.map((x) => x / len) : v;
}
