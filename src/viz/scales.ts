/**
 * Number formatting, colour scales and tick helpers shared by the drawings. Pure functions.
 * Magnitudes use cividis (perceptually uniform, readable with colour-vision deficiency); signed
 * values use the diverging PuOr scheme centred on zero.
 */
import { format, interpolateCividis, interpolatePuOr, interpolateViridis } from 'd3';
import { DIGITS, LOG_FLOOR } from './constants';

const sig = format(`.${DIGITS}~g`);

/** A value as text with a few significant digits; '–' for missing, ∞/NaN spelled out. */
export function fmt(v: number | null | undefined): string {
  if (v === null || v === undefined) return '–';
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  return sig(v).replace('-', '−');
}

export type ColourScheme = 'signed' | 'magnitude' | 'unit' | 'logMagnitude';

/** A colour function with its domain, so a legend can draw the same mapping. */
export interface ColourScale {
  scheme: ColourScheme;
  domain: [number, number];
  colour(v: number): string;
}

/**
 * Diverging scale for signed values: symmetric around 0 over [−m, m]. PuOr runs orange → purple;
 * it is reversed so that positive values are purple and negative orange in every drawing.
 */
export function signedScale(maxAbs: number): ColourScale {
  const m = maxAbs > 0 && Number.isFinite(maxAbs) ? maxAbs : 1;
  return {
    scheme: 'signed',
    domain: [-m, m],
    colour: (v) => interpolatePuOr(1 - clamp01((v + m) / (2 * m))),
  };
}

/** Sequential scale for values in [lo, hi] (cividis). */
export function magnitudeScale(lo: number, hi: number): ColourScale {
  const span = hi - lo || 1;
  return {
    scheme: lo === 0 && hi === 1 ? 'unit' : 'magnitude',
    domain: [lo, hi],
    colour: (v) => interpolateCividis(clamp01((v - lo) / span)),
  };
}

/** Sequential scale on log10 of positive values in [lo, hi] (viridis), for norms. */
export function logMagnitudeScale(lo: number, hi: number): ColourScale {
  const a = Math.log10(Math.max(lo, LOG_FLOOR));
  const b = Math.log10(Math.max(hi, LOG_FLOOR));
  const span = b - a || 1;
  return {
    scheme: 'logMagnitude',
    domain: [lo, hi],
    colour: (v) => interpolateViridis(clamp01((Math.log10(Math.max(v, LOG_FLOOR)) - a) / span)),
  };
}

/** Picks the scale for a gate: sigmoid gates live in [0, 1]; candidates and states are signed. */
export function gateScale(gate: string, values: number[][]): ColourScale {
  if (gate === 'i' || gate === 'f' || gate === 'o' || gate === 'r' || gate === 'z') {
    return magnitudeScale(0, 1);
  }
  return signedScale(Math.max(1e-9, maxAbs(values)));
}

export function maxAbs(values: number[][]): number {
  let m = 0;
  for (const row of values)
    for (const v of row) if (Number.isFinite(v)) m = Math.max(m, Math.abs(v));
  return m;
}

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/**
 * Ticks for a log axis: the powers of ten inside [lo, hi]; when the range spans less than a decade,
 * 1-2-5 multiples of the powers inside it instead, so an axis always gets at least two ticks.
 */
export function logTicks(lo: number, hi: number): number[] {
  const a = Math.max(lo, LOG_FLOOR);
  const b = Math.max(hi, a);
  const e0 = Math.ceil(Math.log10(a) - 1e-9);
  const e1 = Math.floor(Math.log10(b) + 1e-9);
  const powers: number[] = [];
  for (let e = e0; e <= e1; e++) powers.push(Number(`1e${e}`));
  if (powers.length >= 2) return powers;
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(a)); e <= Math.ceil(Math.log10(b)); e++) {
    for (const m of [1, 2, 5]) {
      const v = Number(`${m}e${e}`);
      if (v >= a * (1 - 1e-9) && v <= b * (1 + 1e-9)) out.push(v);
    }
  }
  return out;
}
