/**
 * How ActivationExplorer tells its lines apart and labels its axes: colours, dash patterns,
 * symbols and tick helpers. Colours are the theme's Okabe–Ito variables; every function also has
 * its own dash pattern, so the charts read without colour too.
 */
import { scaleLinear } from 'd3';
import type { ActivationName } from '../../engine/activations';

export const COLOUR: Record<ActivationName, string> = {
  sigmoid: 'var(--c0)',
  tanh: 'var(--c1)',
  relu: 'var(--c2)',
};

export const DASH: Record<ActivationName, string | undefined> = {
  sigmoid: undefined,
  tanh: '8 3',
  relu: '2 3',
};

/** Dash-dot for the best cases at x = 0, unlike any function's own pattern. */
export const BEST_DASH = '12 4 2 4';

/** Each function's symbol in readouts and table headers (the same in both languages). */
export const SYMBOL: Record<ActivationName, string> = { sigmoid: 'σ', tanh: 'tanh', relu: 'ReLU' };

/** Whole-number ticks on a log10 axis [lo, hi], spaced 1, 2, 5, 10 … apart: at most six. */
export function logTicks([lo, hi]: [number, number]): number[] {
  const span = hi - lo;
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => span / s <= 6) ?? 100;
  const out: number[] = [];
  for (let k = Math.ceil(lo / step) * step; k <= hi; k += step) out.push(k);
  return out;
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** 10^k written with superscript digits, e.g. 10⁻²⁰. */
export function pow10Label(k: number): string {
  return `10${String(k).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c])}`;
}

/** About five whole-number ticks on a step axis. */
export function intTicks(domain: [number, number]): number[] {
  return scaleLinear().domain(domain).ticks(5).filter(Number.isInteger);
}

/** A tick value with a typographic minus. */
export const formatTick = (v: number) => String(v).replace('-', '−');
