/**
 * Sampling from a character model's output: softmax with a temperature, and a seeded draw.
 * p_i(τ) = exp(z_i / τ) / Σ_j exp(z_j / τ): τ < 1 sharpens the distribution toward the argmax,
 * τ > 1 flattens it toward uniform.
 */
import { createRng } from '../../engine/rng';

/** Softmax of logits divided by the temperature (clamped to a small positive value). */
export function softmaxT(logits: readonly number[], temperature: number): number[] {
  if (logits.length === 0) return [];
  const tau = Math.max(1e-3, Number.isFinite(temperature) ? temperature : 1);
  const scaled = logits.map((z) => z / tau);
  const m = Math.max(...scaled);
  const e = scaled.map((z) => Math.exp(z - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/** The index whose cumulative probability first passes u (u uniform in [0, 1)). */
export function drawIndex(p: readonly number[], u: number): number {
  let acc = 0;
  for (let i = 0; i < p.length; i++) {
    acc += p[i];
    if (u < acc) return i;
  }
  return p.length - 1;
}

/** Shannon entropy in nats: 0 for a certain choice, ln V for a uniform one. */
export function entropy(p: readonly number[]): number {
  return p.reduce((s, v) => (v > 0 ? s - v * Math.log(v) : s), 0);
}

/**
 * One character per position, drawn at temperature τ from the model's logits at that position,
 * with a seeded generator so a shared link shows the same sample.
 */
export function sampleText(
  logitsPerStep: readonly (readonly number[])[],
  chars: readonly string[],
  temperature: number,
  seed: number,
): string {
  const rng = createRng(seed);
  return logitsPerStep
    .map((z) => chars[drawIndex(softmaxT(z, temperature), rng.next())] ?? '?')
    .join('');
}
