/**
 * The weights and summary of an encoder–decoder, built from the same shape functions as every other
 * model (../../shapes.ts): the encoder is a stack without a head, the decoder a stack with the
 * every-step head, each under its own name prefix (`encoder/lstm/kernel`, `decoder/dense/bias`).
 */
import { summarize, weightSpecs, type WeightSpec } from '../../shapes';
import type { DecoderConfig, LayerSummary, ModelConfig } from '../../types';
import { initialWeights } from '../weights';

/** The encoder as a plain stack config (its head entry is never built). */
export function encoderConfig(config: ModelConfig): ModelConfig {
  const rest = { ...config };
  delete rest.decoder;
  return rest;
}

/**
 * The decoder as a plain stack config: one layer per encoder layer with the same cell and units
 * (so the encoder's final state fits as its initial state), every step returned, the model's head.
 * Its weights draw from a seed of their own, so the encoder's do not change with the decoder.
 */
export function decoderConfig(config: ModelConfig): ModelConfig {
  const decoder = config.decoder as DecoderConfig;
  return {
    input: decoder.input,
    timesteps: decoder.steps,
    layers: config.layers.map((l) => ({
      cell: l.cell,
      units: l.units,
      returnSequences: true,
      ...(l.gruResetAfter ? { gruResetAfter: true } : {}),
    })),
    head: config.head,
    seed: (config.seed + 0x51ed27) >>> 0,
  };
}

const isHead = (s: WeightSpec) => s.role === 'headKernel' || s.role === 'headBias';

/** The two parts' specs, in snapshot order: encoder first, then decoder (with the head). */
export function seq2seqSpecs(config: ModelConfig): {
  encoder: WeightSpec[];
  decoder: WeightSpec[];
} {
  const prefix = (p: string) => (s: WeightSpec) => ({ ...s, name: `${p}/${s.name}` });
  return {
    encoder: weightSpecs(encoderConfig(config))
      .filter((s) => !isHead(s))
      .map(prefix('encoder')),
    decoder: weightSpecs(decoderConfig(config)).map(prefix('decoder')),
  };
}

/** Initial weights of both parts, in `seq2seqSpecs` order. */
export function seq2seqInitialWeights(config: ModelConfig): {
  encoder: Float64Array[];
  decoder: Float64Array[];
} {
  const specs = seq2seqSpecs(config);
  return {
    encoder: initialWeights(encoderConfig(config), specs.encoder),
    decoder: initialWeights(decoderConfig(config), specs.decoder),
  };
}

/** Keras-style rows: the encoder's layers (no head), then the decoder's layers and head. */
export function seq2seqSummary(config: ModelConfig): LayerSummary[] {
  const enc = summarize(encoderConfig(config)).slice(0, -1);
  const dec = summarize(decoderConfig(config));
  return [
    ...enc.map((r) => ({ ...r, name: `encoder/${r.name}` })),
    ...dec.map((r) => ({ ...r, name: `decoder/${r.name}` })),
  ];
}

/**
 * Reasons an encoder–decoder config cannot be built (empty when it can): the decoder reads ids of
 * the head's vocabulary, at least one output step, a start token inside the vocabulary, an
 * every-step head, and encoder layers that step from a state (SimpleRNN, LSTM, GRU; one
 * direction, no dropout).
 */
export function seq2seqErrors(config: ModelConfig): string[] {
  const d = config.decoder;
  if (!d) return ['model.decoder.missing'];
  const errors: string[] = [];
  const V = config.head.units;
  if (d.input?.kind !== 'oneHot' && d.input?.kind !== 'embedding')
    errors.push('model.decoder.input');
  else if (d.input.vocabSize !== V) errors.push('model.decoder.vocabulary');
  if (!(Number.isInteger(d.steps) && d.steps >= 1)) errors.push('model.decoder.steps');
  if (!(Number.isInteger(d.startToken) && d.startToken >= 0 && d.startToken < V))
    errors.push('model.decoder.startToken');
  if (config.head.kind !== 'everyStep') errors.push('model.decoder.head');
  if (config.layers.length === 0) errors.push('model.noLayers');
  config.layers.forEach((l, i) => {
    if (!['simpleRnn', 'lstm', 'gru'].includes(l.cell)) errors.push(`model.layer${i}.cell`);
    if (l.bidirectional) errors.push(`model.layer${i}.bidirectional`);
    if ((l.dropout ?? 0) > 0) errors.push(`model.layer${i}.dropout`);
    if (!(l.units >= 1)) errors.push(`model.layer${i}.units`);
  });
  return errors;
}
