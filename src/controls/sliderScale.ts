/**
 * The mapping between a slider's integer position and its value, linear or logarithmic (learning
 * rates span decades, so equal drags should multiply, not add). Pure and tested.
 */

export interface SliderScale {
  min: number;
  max: number;
  /** Linear: the value step. Log: ignored; `positions` sets the resolution. */
  step?: number;
  log?: boolean;
  /** Positions on a log slider (default 100). */
  positions?: number;
}

/** Number of discrete positions (max position; min is 0). */
export function positionCount(s: SliderScale): number {
  if (s.log) return s.positions ?? 100;
  const step = s.step ?? (s.max - s.min) / 100;
  return Math.max(1, Math.round((s.max - s.min) / step));
}

export function valueAt(s: SliderScale, pos: number): number {
  const n = positionCount(s);
  const p = Math.min(n, Math.max(0, pos));
  if (s.log) {
    const a = Math.log10(s.min);
    const b = Math.log10(s.max);
    return roundSig(10 ** (a + ((b - a) * p) / n), 3);
  }
  const step = s.step ?? (s.max - s.min) / n;
  return roundSig(s.min + p * step, 12);
}

export function positionOf(s: SliderScale, value: number): number {
  const n = positionCount(s);
  const v = Math.min(s.max, Math.max(s.min, value));
  if (s.log) {
    const a = Math.log10(s.min);
    const b = Math.log10(s.max);
    return Math.round(((Math.log10(v) - a) / (b - a)) * n);
  }
  return Math.round(((v - s.min) / (s.max - s.min)) * n);
}

function roundSig(v: number, digits: number): number {
  return v === 0 ? 0 : Number(v.toPrecision(digits));
}
