/**
 * The numbers ActivationExplorer draws and tabulates, as pure functions of its settings. Charts and
 * tables both read from here, so the table view always holds exactly the plotted numbers.
 */
import {
  ACTIVATIONS,
  activate,
  derivative,
  log10DerivativeProduct,
  recurrentLoop,
  type ActivationName,
} from '../../engine/activations';

/** The input range plotted for the activations. */
export const X_MIN = -6;
export const X_MAX = 6;

/** Starting state h(0) of the loop h ← φ(w·h): positive, so ReLU passes it on. */
export const LOOP_START = 0.5;

/** Lowest power of ten a log chart shows; smaller products run off the bottom. */
export const LOG_FLOOR_EXPONENT = -100;

export interface CurvePoint {
  x: number;
  value: number;
  slope: number;
}

/** φ(x) and φ′(x) at `n` evenly spaced inputs on [X_MIN, X_MAX], for every activation. */
export function activationCurves(n = 241): Record<ActivationName, CurvePoint[]> {
  const out = {} as Record<ActivationName, CurvePoint[]>;
  for (const fn of ACTIVATIONS) {
    out[fn] = Array.from({ length: n }, (_, i) => {
      const x = X_MIN + ((X_MAX - X_MIN) * i) / (n - 1);
      return { x, value: activate(fn, x), slope: derivative(fn, x) };
    });
  }
  return out;
}

/** One step of the repeated-derivative experiment, every value as log10 (−Infinity for 0). */
export interface ProductRow {
  t: number;
  /** log10 φ′(x)^t for each activation at the chosen x. */
  atX: Record<ActivationName, number>;
  /** log10 0.25^t: sigmoid's best case, at x = 0. */
  sigmoidBest: number;
  /** log10 1^t = 0: tanh's best case, at x = 0. */
  tanhBest: number;
}

/** Rows t = 1 … T of φ′(x)^t and the best cases at x = 0. */
export function productRows(x: number, T: number): ProductRow[] {
  return Array.from({ length: T }, (_, i) => {
    const t = i + 1;
    const atX = {} as Record<ActivationName, number>;
    for (const fn of ACTIVATIONS) atX[fn] = log10DerivativeProduct(fn, x, t);
    return {
      t,
      atX,
      sigmoidBest: log10DerivativeProduct('sigmoid', 0, t),
      tanhBest: log10DerivativeProduct('tanh', 0, t),
    };
  });
}

/** One step of the loops h(t) = relu(w·h(t−1)) and h(t) = tanh(w·h(t−1)) from h(0) = LOOP_START. */
export interface LoopRow {
  t: number;
  reluState: number;
  reluGradient: number;
  tanhState: number;
  tanhGradient: number;
}

/** Rows t = 0 … T of both loops: the state and ∂h(t)/∂h(0). */
export function loopRows(w: number, T: number): LoopRow[] {
  const r = recurrentLoop('relu', w, LOOP_START, T);
  const h = recurrentLoop('tanh', w, LOOP_START, T);
  return r.states.map((_, t) => ({
    t,
    reluState: r.states[t],
    reluGradient: r.gradients[t],
    tanhState: h.states[t],
    tanhGradient: h.gradients[t],
  }));
}

/** log10 |v|, −Infinity for 0. */
export function log10Abs(v: number): number {
  return v === 0 ? -Infinity : Math.log10(Math.abs(v));
}

/**
 * A positive number given by its log10, as text with three significant digits ("2.44e−461"), so
 * values far below the smallest double still read correctly. −Infinity reads "0".
 */
export function formatFromLog10(log10Value: number): string {
  if (log10Value === -Infinity) return '0';
  if (!Number.isFinite(log10Value)) return '∞';
  if (log10Value > -4 && log10Value < 6) {
    return String(Number((10 ** log10Value).toPrecision(3)));
  }
  let exponent = Math.floor(log10Value);
  let mantissa = Number((10 ** (log10Value - exponent)).toFixed(2));
  if (mantissa >= 10) {
    mantissa /= 10;
    exponent += 1;
  }
  return `${mantissa.toFixed(2)}e${exponent}`.replace('-', '−');
}

/** A plain value with three significant digits and a typographic minus. */
export function formatValue(v: number): string {
  if (v === 0) return '0';
  if (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-4) return formatFromLog10Signed(v);
  return String(Number(v.toPrecision(3))).replace('-', '−');
}

function formatFromLog10Signed(v: number): string {
  return (v < 0 ? '−' : '') + formatFromLog10(Math.log10(Math.abs(v)));
}

/** A log10 axis domain [lo, hi] in whole powers of ten, covering `values` but not below the floor. */
export function logDomain(values: number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  const lo = finite.length ? Math.min(...finite) : -1;
  const hi = finite.length ? Math.max(...finite) : 1;
  const bottom = Math.max(LOG_FLOOR_EXPONENT, Math.floor(lo) - 1);
  const top = Math.max(1, Math.ceil(hi) + 1);
  return [Math.min(bottom, -1), top];
}
