/**
 * SGD, RMSprop and Adam on plain arrays, with Keras's default hyper-parameters, and clipping by
 * global norm. The weights live in Float64Arrays (see linalg.ts for why), so the optimizer does too.
 *
 *   sgd      w ← w − η·g                                   (momentum 0)
 *   rmsprop  v ← ρv + (1 − ρ)g²;  w ← w − η·g / √(v + ε)   ρ = 0.9, ε = 1e-7 (Keras 3, tf.train.rmsprop)
 *   adam     m ← β₁m + (1 − β₁)g;  v ← β₂v + (1 − β₂)g²
 *            w ← w − η·√(1 − β₂ᵗ)/(1 − β₁ᵗ) · m / (√v + ε)  β₁ = 0.9, β₂ = 0.999, ε = 1e-7 (Keras)
 */
import type { OptimizerKind } from '../types';

export const RMSPROP_RHO = 0.9;
export const ADAM_BETA1 = 0.9;
export const ADAM_BETA2 = 0.999;
export const EPSILON = 1e-7;

/** An optimizer holding its slots (moments) for a fixed list of weight arrays. */
export interface Optimizer {
  readonly kind: OptimizerKind;
  /** Applies one update in place. */
  apply(weights: Float64Array[], grads: Float64Array[], learningRate: number): void;
}

/** Creates an optimizer of the given kind for weights of the given sizes. */
export function createOptimizer(kind: OptimizerKind, sizes: number[]): Optimizer {
  if (kind === 'sgd') {
    return {
      kind,
      apply(weights, grads, lr) {
        weights.forEach((w, k) => {
          const g = grads[k];
          for (let i = 0; i < w.length; i++) w[i] -= lr * g[i];
        });
      },
    };
  }
  if (kind === 'rmsprop') {
    const v = sizes.map((n) => new Float64Array(n));
    return {
      kind,
      apply(weights, grads, lr) {
        weights.forEach((w, k) => {
          const g = grads[k];
          const vk = v[k];
          for (let i = 0; i < w.length; i++) {
            vk[i] = RMSPROP_RHO * vk[i] + (1 - RMSPROP_RHO) * g[i] * g[i];
            w[i] -= (lr * g[i]) / Math.sqrt(vk[i] + EPSILON);
          }
        });
      },
    };
  }
  const m = sizes.map((n) => new Float64Array(n));
  const v = sizes.map((n) => new Float64Array(n));
  let t = 0;
  return {
    kind,
    apply(weights, grads, lr) {
      t++;
      const alpha = (lr * Math.sqrt(1 - ADAM_BETA2 ** t)) / (1 - ADAM_BETA1 ** t);
      weights.forEach((w, k) => {
        const g = grads[k];
        const mk = m[k];
        const vk = v[k];
        for (let i = 0; i < w.length; i++) {
          mk[i] = ADAM_BETA1 * mk[i] + (1 - ADAM_BETA1) * g[i];
          vk[i] = ADAM_BETA2 * vk[i] + (1 - ADAM_BETA2) * g[i] * g[i];
          w[i] -= (alpha * mk[i]) / (Math.sqrt(vk[i]) + EPSILON);
        }
      });
    },
  };
}

/** ‖g‖ over all arrays together. */
export function globalNorm(grads: Float64Array[]): number {
  let s = 0;
  for (const g of grads) for (let i = 0; i < g.length; i++) s += g[i] * g[i];
  return Math.sqrt(s);
}

/** Scales all gradients by clipNorm / max(‖g‖, clipNorm) (tf.clip_by_global_norm); returns ‖g‖. */
export function clipByGlobalNorm(grads: Float64Array[], clipNorm: number | null): number {
  const norm = globalNorm(grads);
  if (clipNorm !== null && clipNorm > 0 && norm > clipNorm) {
    const scale = clipNorm / norm;
    for (const g of grads) for (let i = 0; i < g.length; i++) g[i] *= scale;
  }
  return norm;
}
