/**
 * Where everything sits in the unrolled-network drawing, as plain numbers: one column per time
 * step with x(t) below, h(t) in the middle and y(t) above, which steps take an input, emit an
 * output and feed the loss, for each input/output shape (Karpathy's five, plus encoder–decoder).
 */

export type RnnShape =
  'oneToOne' | 'oneToMany' | 'manyToOne' | 'manyToMany' | 'syncedManyToMany' | 'encoderDecoder';

export const RNN_SHAPES: readonly RnnShape[] = [
  'oneToOne',
  'oneToMany',
  'manyToOne',
  'manyToMany',
  'syncedManyToMany',
  'encoderDecoder',
];

export interface StepRole {
  t: number;
  input: boolean;
  output: boolean;
  /** The output is compared with a target and summed into L. */
  feedsLoss: boolean;
  /** Encoder–decoder: this step belongs to the decoder (its own weights). */
  decoder: boolean;
  /** Decoder steps read the previous step's output (drawn as a feedback edge). */
  feedback: boolean;
}

/** The role of each of T steps under a shape (one-to-one always has a single step). */
export function stepRoles(shape: RnnShape, T: number): StepRole[] {
  const n = shape === 'oneToOne' ? 1 : Math.max(2, T);
  const half = Math.ceil(n / 2);
  return Array.from({ length: n }, (_, t) => {
    const last = t === n - 1;
    const r = { t, input: true, output: true, decoder: false, feedback: false };
    switch (shape) {
      case 'oneToMany':
        r.input = t === 0;
        r.feedback = t > 0;
        break;
      case 'manyToOne':
        r.output = last;
        break;
      case 'manyToMany':
        r.input = t < half;
        r.output = t >= half;
        break;
      case 'encoderDecoder':
        r.decoder = t >= half;
        r.input = t < half;
        r.output = t >= half;
        r.feedback = t > half;
        break;
      default:
        break;
    }
    return { ...r, feedsLoss: r.output };
  });
}

export interface UnrolledGeometry {
  width: number;
  height: number;
  node: number;
  /** Column centre of each step when unrolled. */
  colX: number[];
  /** Column centre of the single cell when folded. */
  foldedX: number;
  rowY: { y: number; h: number; x: number; loss: number };
}

export function unrolledGeometry(T: number, width: number, height: number): UnrolledGeometry {
  const node = Math.max(22, Math.min(44, (width - 40) / Math.max(1, T) - 26));
  const left = 30 + node / 2;
  const right = width - 30 - node / 2;
  const colX = Array.from({ length: T }, (_, t) =>
    T === 1 ? width / 2 : left + ((right - left) * t) / (T - 1),
  );
  return {
    width,
    height,
    node,
    colX: colX.map((v) => Math.round(v * 10) / 10),
    foldedX: Math.round(width / 2),
    rowY: { loss: 18, y: height * 0.3, h: height * 0.58, x: height * 0.86 },
  };
}

/**
 * Width of the arrow carrying ∂L/∂h(t) back: proportional to log10 of the norm relative to the
 * largest, from 1 (six decades below) to 6 px (the largest), so vanishing reads as fading.
 */
export function gradientWidth(norm: number, max: number): number {
  if (!(norm > 0) || !(max > 0)) return 0.5;
  const decades = Math.log10(max / norm);
  return Math.max(0.5, 6 - (5 * Math.min(decades, 6)) / 6);
}

/**
 * Whether the recurrent edge h(t−1) → h(t) (0-based t ≥ 1) still carries gradient under truncated
 * BPTT with window k over T steps: only when both of its ends lie in the last k steps.
 */
export function edgeInWindow(t: number, T: number, k: number): boolean {
  return t - 1 >= T - k;
}
