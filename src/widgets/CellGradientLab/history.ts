/**
 * Gradient profiles over training: each refreshed trace of a run adds one row of per-step norms,
 * once per optimizer step (a trace re-sent for the same step is not a new row), keeping the latest
 * MAX_ROWS so the heatmap stays readable.
 */
import type { Trace } from '../../engine/types';

export const MAX_ROWS = 40;
export type Measure = 'loss' | 'jacobian';

/** The per-step norms a trace carries for the chosen measure, or null. */
export function profileOf(trace: Trace | null, measure: Measure): number[] | null {
  const p = measure === 'loss' ? trace?.gradNormPerStep : trace?.jacobianNormPerStep;
  return p && p.length > 0 ? p : null;
}

export interface ProfileHistory {
  steps: number[];
  rows: number[][];
}

export const EMPTY: ProfileHistory = { steps: [], rows: [] };

/** Adds the trace's profile unless its step is already the last row. */
export function addProfile(
  h: ProfileHistory,
  trace: Trace | null,
  measure: Measure,
): ProfileHistory {
  const p = profileOf(trace, measure);
  if (!trace || !p) return h;
  if (h.steps.length > 0 && h.steps[h.steps.length - 1] === trace.step) return h;
  const steps = [...h.steps, trace.step].slice(-MAX_ROWS);
  const rows = [...h.rows, p].slice(-MAX_ROWS);
  return { steps, rows };
}

/** How many times smaller the norm at t = 1 is than at t = T (≥ 1 means it shrank going back). */
export function shrinkFactor(profile: number[]): number {
  const first = profile[0];
  const last = profile[profile.length - 1];
  return first > 0 && last > 0 ? last / first : Infinity;
}

/**
 * The factor the LSTM's cell-state path applies to a gradient travelling from c(T) back to c(t):
 * ∂c(T)/∂c(t) = diag(∏_{k=t+1..T} f(k)) (gates held fixed), averaged over units. 1 at t = T.
 */
export function cellPathGain(forget: number[][]): number[] {
  const T = forget.length;
  if (T === 0) return [];
  const units = forget[0].length;
  const prod = new Array<number>(units).fill(1);
  const out = new Array<number>(T);
  for (let t = T - 1; t >= 0; t--) {
    out[t] = prod.reduce((s, v) => s + v, 0) / Math.max(1, units);
    forget[t].forEach((f, u) => (prod[u] *= f));
  }
  return out;
}
