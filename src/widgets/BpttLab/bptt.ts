/**
 * The numbers behind the BPTT animation: a seeded SimpleRNN (1 input, 4 units, 1 output) on a
 * sine input, a squared-error loss on the last output (many-to-one) or on every output
 * (synchronized many-to-many), and the exact gradients ∂L/∂h(t) and ∂L/∂Whh with and without
 * truncation to a window of k steps.
 */
import {
  backward,
  forward,
  loss,
  norm,
  seededWeights,
  type ForwardPass,
  type RnnWeights,
  type Targets,
} from '../UnrolledTimeline/simpleRnn';

export type LossShape = 'manyToOne' | 'synced';

export interface BpttResult {
  weights: RnnWeights;
  /** x(t), [T][1]. */
  inputs: number[][];
  pass: ForwardPass;
  targets: Targets;
  loss: number;
  /** ‖∂L/∂h(t)‖ with full BPTT, t = 1..T. */
  full: number[];
  /** ‖∂L/∂h(t)‖ when every error flows back at most k steps. */
  truncated: number[];
  /** ‖∂L/∂Whh‖_F, full and truncated. */
  dWhhFull: number;
  dWhhTruncated: number;
}

const fro = (m: number[][]) =>
  Math.sqrt(m.reduce((s, r) => s + r.reduce((a, v) => a + v * v, 0), 0));

export function runBptt(shape: LossShape, T: number, k: number, seed: number): BpttResult {
  const weights = seededWeights(seed, 1, 4, 1, 1);
  const xs = Array.from({ length: T }, (_, i) => [Math.sin(0.8 * (i + 1))]);
  // Target: the input two steps back, so the loss genuinely needs memory.
  const targets: Targets = xs.map((_, t) =>
    shape === 'synced' || t === T - 1 ? [t >= 2 ? xs[t - 2][0] : 0] : null,
  );
  const pass = forward(weights, xs);
  const full = backward(weights, pass, targets);
  const cut = backward(weights, pass, targets, k);
  return {
    weights,
    inputs: xs,
    pass,
    targets,
    loss: loss(pass, targets),
    full: full.dh.map(norm),
    truncated: cut.dh.map(norm),
    dWhhFull: fro(full.dWh),
    dWhhTruncated: fro(cut.dWh),
  };
}

/**
 * Strength in [0, 1] for drawing: log-scaled against the largest norm over three decades (a
 * thousandth of the largest is where the course calls a gradient vanished), null where no
 * gradient arrives at all.
 */
export function strengths(norms: readonly number[]): (number | null)[] {
  const max = Math.max(...norms, 0);
  return norms.map((v) => (v > 0 && max > 0 ? Math.max(0.05, 1 + Math.log10(v / max) / 3) : null));
}

/** The animation's frames: 0..T forward (steps computed), then T+1..2T backward (steps reached). */
export function frameState(frame: number, T: number) {
  const computed = Math.min(frame, T);
  const back = Math.max(0, frame - T);
  return { computed, back, phase: frame <= T ? ('forward' as const) : ('backward' as const) };
}
