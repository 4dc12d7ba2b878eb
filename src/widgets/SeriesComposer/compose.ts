/**
 * A monthly series built from the four components of the notes (source B, 7.1): trend, cyclical
 * and seasonal variation plus irregular noise, with seeded noise so a link reproduces it.
 */
import { createRng } from '../../engine/rng';

export interface Components {
  /** Trend: change of level per year (12 steps). */
  trend: number;
  /** Cyclical variation: amplitude and period in months (the notes: about 2–3 years). */
  cycleAmp: number;
  cyclePeriod: number;
  /** Seasonal variation: amplitude of a 12-month wave. */
  seasonAmp: number;
  /** Irregular variation: standard deviation of the noise at the start. */
  noise: number;
  /** How much the noise's standard deviation has grown by the end (0: constant variance). */
  growth: number;
  seed: number;
  /** Number of months. */
  n: number;
}

export const SEASON_PERIOD = 12;

export interface ComposedSeries {
  trend: number[];
  cycle: number[];
  season: number[];
  irregular: number[];
  total: number[];
}

/** x(t) = trend·t/12 + A_c sin(2πt/P_c) + A_s sin(2πt/12) + σ(1 + g·t/(n−1)) ε(t), ε ~ N(0, 1). */
export function compose(c: Components): ComposedSeries {
  const rng = createRng(c.seed);
  const n = Math.max(2, Math.round(c.n));
  const out: ComposedSeries = { trend: [], cycle: [], season: [], irregular: [], total: [] };
  for (let t = 0; t < n; t++) {
    const trend = (c.trend * t) / SEASON_PERIOD;
    const cycle = c.cyclePeriod > 0 ? c.cycleAmp * Math.sin((2 * Math.PI * t) / c.cyclePeriod) : 0;
    const season = c.seasonAmp * Math.sin((2 * Math.PI * t) / SEASON_PERIOD);
    const irregular = c.noise * (1 + (c.growth * t) / (n - 1)) * rng.normal();
    out.trend.push(trend);
    out.cycle.push(cycle);
    out.season.push(season);
    out.irregular.push(irregular);
    out.total.push(trend + cycle + season + irregular);
  }
  return out;
}

/** Trailing moving average: the mean of the last `w` values (of all values so far at the start). */
export function movingAverage(x: readonly number[], w: number): number[] {
  const out: number[] = [];
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    s += x[i];
    if (i >= w) s -= x[i - w];
    out.push(s / Math.min(i + 1, w));
  }
  return out;
}

export interface HalfStats {
  mean: [number, number];
  variance: [number, number];
}

function meanVar(x: readonly number[]): [number, number] {
  const m = x.reduce((s, v) => s + v, 0) / x.length;
  return [m, x.reduce((s, v) => s + (v - m) ** 2, 0) / x.length];
}

/** Mean and variance of the first and the second half: a first look at (non-)stationarity. */
export function halfStats(x: readonly number[]): HalfStats {
  const h = Math.floor(x.length / 2);
  const a = meanVar(x.slice(0, h));
  const b = meanVar(x.slice(h));
  return { mean: [a[0], b[0]], variance: [a[1], b[1]] };
}

export type Verdict = 'regular' | 'meanMoves' | 'varianceMoves' | 'both';

/**
 * A rough reading of the halves, for the student to check by eye: the mean "moves" when the
 * halves differ by more than half the pooled standard deviation, the variance when one half's is
 * more than twice the other's. Thresholds are a rule of thumb, not a statistical test.
 */
export function verdict(s: HalfStats): Verdict {
  const pooled = Math.sqrt((s.variance[0] + s.variance[1]) / 2) || 1e-12;
  const meanMoves = Math.abs(s.mean[1] - s.mean[0]) > 0.5 * pooled;
  const lo = Math.min(...s.variance);
  const hi = Math.max(...s.variance);
  const varianceMoves = hi > 2 * Math.max(lo, 1e-12);
  if (meanMoves && varianceMoves) return 'both';
  if (meanMoves) return 'meanMoves';
  if (varianceMoves) return 'varianceMoves';
  return 'regular';
}
