/**
 * Gradient size per time step for a SimpleRNN whose recurrent matrix is ρ·Q (Q orthogonal, so
 * every singular value of Whh is exactly ρ). Back-propagating from h(T) to h(t) multiplies the
 * step Jacobians J(s) = diag(1 − h(s)²)·Whh; since |1 − h²| ≤ 1 and ‖Whh‖₂ = ρ, each factor
 * shrinks or stretches a vector by at most ρ, which gives the bound drawn beside the exact value:
 *   ‖∂L/∂h(t)‖ ≤ ρ^(T−t)·‖∂L/∂h(T)‖,   ‖∂h(T)/∂h(t)‖_F ≤ ρ^(T−t)·√units.
 * In the linear regime (tiny inputs, h ≈ 0) the bound is attained, because ρQᵀ scales every
 * vector by exactly ρ.
 */
import {
  backward,
  forward,
  jacobianNorms,
  norm,
  seededWeights,
  type Targets,
} from '../UnrolledTimeline/simpleRnn';

export type Metric = 'loss' | 'jacobian';

export interface GradientProfile {
  /** Exact norm per step t = 1..T (the chosen metric). */
  exact: number[];
  /** ρ^(T−t) times the norm at T. */
  bound: number[];
  /** Mean |h| over units and steps: near 0 is the linear regime, near 1 saturation. */
  meanAbsState: number;
}

export interface ProfileSettings {
  rho: number;
  T: number;
  units: number;
  /** Input amplitude: x(t) = amp · sin(0.7 t). */
  amp: number;
  metric: Metric;
  seed: number;
}

export function inputs(T: number, amp: number): number[][] {
  return Array.from({ length: T }, (_, i) => [amp * Math.sin(0.7 * (i + 1))]);
}

export function gradientProfile(s: ProfileSettings): GradientProfile {
  const w = seededWeights(s.seed, 1, s.units, 1, s.rho);
  const xs = inputs(s.T, s.amp);
  const pass = forward(w, xs);
  // One loss at the last step with target 1, so ∂L/∂h(T) = Whyᵀ(y(T) − 1) stays of order one.
  const targets: Targets = xs.map((_, t) => (t === s.T - 1 ? [1] : null));
  const exact =
    s.metric === 'loss' ? backward(w, pass, targets).dh.map(norm) : jacobianNorms(w, pass);
  const atT = exact[s.T - 1];
  const bound = exact.map((_, t) => atT * s.rho ** (s.T - 1 - t));
  const meanAbsState =
    pass.hidden.reduce((a, h) => a + h.reduce((b, v) => b + Math.abs(v), 0), 0) / (s.T * s.units);
  return { exact, bound, meanAbsState };
}
