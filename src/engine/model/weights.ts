/**
 * Initial weights from `config.seed` (Keras initialisers, see init.ts) and weight-level helpers.
 */
import { createRng } from '../rng';
import { gateCount, sizeOf, weightSpecs, type WeightSpec } from '../shapes';
import type { ModelConfig } from '../types';
import type { WeightSnapshot } from '../modelApi';
import { chronoBias, glorotUniform, orthogonal, uniform } from './init';

/** Keras's Embedding default: uniform in [−0.05, 0.05]. */
const EMBEDDING_LIMIT = 0.05;

/**
 * Initial values of every weight in `specs` order. Each weight draws from its own child stream of
 * the seed, so adding a layer does not change the weights of the layers before it.
 */
export function initialWeights(config: ModelConfig, specs: WeightSpec[]): Float64Array[] {
  const root = createRng(config.seed);
  // Rounded to float32 so that a snapshot (Float32Array) of a fresh model restores it exactly.
  return specs.map((spec) => initialValues(config, spec, root.fork()).map(Math.fround));
}

function initialValues(config: ModelConfig, spec: WeightSpec, seed: number): Float64Array {
  const rng = createRng(seed);
  const [rows, cols] = spec.shape;
  switch (spec.role) {
    case 'embeddings':
      return uniform(rng, sizeOf(spec.shape), EMBEDDING_LIMIT);
    case 'kernel':
    case 'headKernel':
      return glorotUniform(rng, rows, cols);
    case 'recurrentKernel':
      return orthogonal(rng, rows, cols);
    case 'gamma':
      return new Float64Array(rows).fill(1);
    case 'bias': {
      const b = new Float64Array(sizeOf(spec.shape));
      const layer = config.layers[spec.layer];
      if (layer.gateBias === 'chrono' && (layer.cell === 'lstm' || layer.cell === 'gru')) {
        // The longest memory spans the whole sequence; a GRU reset_after keeps a zero second row.
        const span = Math.max(2, config.timesteps ?? 2);
        b.set(chronoBias(rng, layer.cell, layer.units, span));
        return b;
      }
      // Keras unit_forget_bias=True: the forget block (second of i f g o) starts at 1.
      if (layer.cell === 'lstm') b.fill(1, layer.units, 2 * layer.units);
      return b;
    }
    default:
      return new Float64Array(sizeOf(spec.shape));
  }
}

/**
 * The same GRU in the other update-gate convention: negates the z block of every GRU kernel,
 * recurrent kernel and bias, so that z′ = σ(−a) = 1 − z. A model written with
 * h(t) = (1 − z′) ⊙ h(t−1) + z′ ⊙ g (Cho et al.) and these weights computes exactly what the
 * Keras form h(t) = z ⊙ h(t−1) + (1 − z) ⊙ g computes with the original ones. Applying it twice
 * gives the original weights back.
 */
export function swapUpdateGateConvention(
  config: ModelConfig,
  weights: WeightSnapshot,
): WeightSnapshot {
  const out: WeightSnapshot = {};
  const specs = new Map<string, WeightSpec>();
  for (const spec of weightSpecs(config)) specs.set(spec.name, spec);
  for (const [name, w] of Object.entries(weights)) {
    const values = Float32Array.from(w.values);
    const spec = specs.get(name);
    const layer = spec && spec.layer >= 0 ? config.layers[spec.layer] : null;
    if (
      spec &&
      layer &&
      layer.cell === 'gru' &&
      ['kernel', 'recurrentKernel', 'bias'].includes(spec.role)
    ) {
      const G = gateCount('gru') * layer.units;
      // The z block is the first `units` columns of every row of width 3·units.
      for (let r = 0; r < values.length / G; r++) {
        for (let j = 0; j < layer.units; j++) values[r * G + j] = -values[r * G + j];
      }
    }
    out[name] = { values, shape: w.shape.slice() };
  }
  return out;
}
