/**
 * The numbers behind the unrolled timeline: a seeded one-input SimpleRNN run over a short
 * sequence, and, per step, the three lines of arithmetic the page shows (S3.11: input and previous
 * state in, new state, output).
 */
import { forward, matVec, seededWeights, type ForwardPass, type RnnWeights } from './simpleRnn';

export const INPUT_PATTERNS = ['sine', 'pulse', 'ramp'] as const;
export type InputPattern = (typeof INPUT_PATTERNS)[number];

/** x(t) for t = 1..T, rounded to two decimals so the shown arithmetic is the real arithmetic. */
export function inputSequence(pattern: InputPattern, T: number): number[] {
  return Array.from({ length: T }, (_, i) => {
    const t = i + 1;
    const v = pattern === 'pulse' ? (t === 1 ? 1 : 0) : pattern === 'ramp' ? t / T : Math.sin(t);
    return Math.round(v * 100) / 100;
  });
}

export interface Timeline {
  weights: RnnWeights;
  inputs: number[];
  pass: ForwardPass;
}

/** Weights rounded to two decimals: what is printed is exactly what is computed. */
function round2(m: number[][]): number[][] {
  return m.map((r) => r.map((v) => Math.round(v * 100) / 100));
}

export function buildTimeline(
  seed: number,
  units: number,
  T: number,
  pattern: InputPattern,
): Timeline {
  const raw = seededWeights(seed, 1, units, 1);
  const weights: RnnWeights = {
    Wx: round2(raw.Wx),
    Wh: round2(raw.Wh),
    b: raw.b,
    Wy: round2(raw.Wy),
    by: raw.by,
  };
  const inputs = inputSequence(pattern, T);
  return {
    weights,
    inputs,
    pass: forward(
      weights,
      inputs.map((x) => [x]),
    ),
  };
}

/** A number as the page writes it: two decimals, a real minus sign. */
export function fmt(v: number): string {
  const s = (Math.abs(v) < 0.005 ? 0 : v).toFixed(2);
  return s.replace('-', '−');
}

export function fmtVec(v: readonly number[]): string {
  return v.length === 1 ? fmt(v[0]) : `[${v.map(fmt).join(', ')}]`;
}

export function fmtMatrix(m: readonly (readonly number[])[]): string {
  return `[${m.map((r) => `[${r.map(fmt).join(', ')}]`).join(', ')}]`;
}

/** The parts of step t (0-based) the page spells out: Wx·x, Wh·h(t−1), a, h, y. */
export function stepParts(tl: Timeline, t: number) {
  const { weights: w, inputs, pass } = tl;
  const hPrev = t > 0 ? pass.hidden[t - 1] : w.b.map(() => 0);
  return {
    x: inputs[t],
    hPrev,
    fromInput: matVec(w.Wx, [inputs[t]]),
    fromState: matVec(w.Wh, hPrev),
    pre: pass.pre[t],
    h: pass.hidden[t],
    y: pass.outputs[t],
  };
}
