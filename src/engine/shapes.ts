/**
 * Shape and parameter arithmetic of a model, as pure functions of its ModelConfig.
 *
 * No tfjs here: the page's shape calculator imports this file without loading tfjs, and the model's
 * `summary()` is built from the same functions, so the two can never disagree. Counts follow Keras:
 * SimpleRNN(units) on d input features has units·(d + units + 1) parameters (kernel, recurrent
 * kernel, bias), LSTM 4× that, GRU 3× that (plus 3·units for the second bias when
 * `reset_after=True`), Bidirectional twice its layer, Dense units·(d + 1), Embedding vocab·dim.
 */
import type { CellKind, LayerSummary, ModelConfig, RecurrentLayerConfig } from './types';

/** A weight of the model: its Keras-style name and shape. */
export interface WeightSpec {
  /** e.g. `lstm/kernel`, `bidirectional/backward/recurrent_kernel`, `dense/bias`. */
  name: string;
  shape: number[];
  /** What it is, so code can find it without parsing names. */
  role:
    | 'embeddings'
    | 'kernel'
    | 'recurrentKernel'
    | 'bias'
    | 'gamma'
    | 'beta'
    | 'headKernel'
    | 'headBias';
  /** Index of the recurrent layer (-1 for the input and the head). */
  layer: number;
  direction: 'forward' | 'backward' | null;
}

/** Number of gate blocks a cell stacks side by side in its kernels (LSTM i f g o, GRU z r g). */
export function gateCount(cell: CellKind): number {
  return cell === 'lstm' ? 4 : cell === 'gru' ? 3 : 1;
}

/** Features the model sees at each step after its input layer (embedding dim, vocab for one-hot). */
export function inputFeatures(config: ModelConfig): number {
  const input = config.input;
  if (input.kind === 'dense') return input.features;
  if (input.kind === 'oneHot') return input.vocabSize;
  return input.dim;
}

/** Width of a recurrent layer's output at one step: units, doubled when bidirectional. */
export function layerOutputWidth(layer: RecurrentLayerConfig): number {
  return layer.units * (layer.bidirectional ? 2 : 1);
}

/** Input width of each recurrent layer, in order. */
export function layerInputWidths(config: ModelConfig): number[] {
  const widths: number[] = [];
  let d = inputFeatures(config);
  for (const layer of config.layers) {
    widths.push(d);
    d = layerOutputWidth(layer);
  }
  return widths;
}

/** Weight shapes of one direction of a recurrent layer with d input features (Keras layout). */
function cellWeightShapes(
  layer: RecurrentLayerConfig,
  d: number,
): { role: WeightSpec['role']; suffix: string; shape: number[] }[] {
  const n = layer.units;
  const g = gateCount(layer.cell) * n;
  const biasShape = layer.cell === 'gru' && layer.gruResetAfter ? [2, g] : [g];
  const shapes: { role: WeightSpec['role']; suffix: string; shape: number[] }[] = [
    { role: 'kernel', suffix: 'kernel', shape: [d, g] },
    { role: 'recurrentKernel', suffix: 'recurrent_kernel', shape: [n, g] },
    { role: 'bias', suffix: 'bias', shape: biasShape },
  ];
  if (layer.cell === 'lnSimpleRnn') {
    shapes.push({ role: 'gamma', suffix: 'gamma', shape: [n] });
    shapes.push({ role: 'beta', suffix: 'beta', shape: [n] });
  }
  return shapes;
}

const CELL_LAYER: Record<CellKind, { kind: string; name: string }> = {
  simpleRnn: { kind: 'SimpleRNN', name: 'simple_rnn' },
  lstm: { kind: 'LSTM', name: 'lstm' },
  gru: { kind: 'GRU', name: 'gru' },
  // Keras shows a custom cell wrapped in keras.layers.RNN as "RNN".
  lnSimpleRnn: { kind: 'RNN', name: 'rnn' },
};

/** Keras-style layer names in model order: `embedding`, `lstm`, `lstm_1`, `bidirectional`, `dense`. */
export function layerNames(config: ModelConfig): {
  input: string | null;
  layers: string[];
  head: string;
} {
  const seen = new Map<string, number>();
  const unique = (base: string): string => {
    const k = seen.get(base) ?? 0;
    seen.set(base, k + 1);
    return k === 0 ? base : `${base}_${k}`;
  };
  const input =
    config.input.kind === 'embedding'
      ? unique('embedding')
      : config.input.kind === 'oneHot'
        ? unique('category_encoding')
        : null;
  const layers = config.layers.map((l) =>
    unique(l.bidirectional ? 'bidirectional' : CELL_LAYER[l.cell].name),
  );
  const head = unique(config.head.kind === 'everyStep' ? 'time_distributed' : 'dense');
  return { input, layers, head };
}

/** Every weight of the model with its name and shape, in a fixed order (the snapshot order). */
export function weightSpecs(config: ModelConfig): WeightSpec[] {
  const names = layerNames(config);
  const specs: WeightSpec[] = [];
  if (config.input.kind === 'embedding' && names.input) {
    const { vocabSize, dim } = config.input;
    specs.push({
      name: `${names.input}/embeddings`,
      shape: [vocabSize, dim],
      role: 'embeddings',
      layer: -1,
      direction: null,
    });
  }
  const widths = layerInputWidths(config);
  config.layers.forEach((layer, i) => {
    const dirs: ('forward' | 'backward')[] = layer.bidirectional
      ? ['forward', 'backward']
      : ['forward'];
    for (const dir of dirs) {
      const prefix = layer.bidirectional ? `${names.layers[i]}/${dir}` : names.layers[i];
      for (const w of cellWeightShapes(layer, widths[i])) {
        specs.push({
          name: `${prefix}/${w.suffix}`,
          shape: w.shape,
          role: w.role,
          layer: i,
          direction: dir,
        });
      }
    }
  });
  const last = config.layers[config.layers.length - 1];
  const d = last ? layerOutputWidth(last) : inputFeatures(config);
  specs.push({
    name: `${names.head}/kernel`,
    shape: [d, config.head.units],
    role: 'headKernel',
    layer: -1,
    direction: null,
  });
  specs.push({
    name: `${names.head}/bias`,
    shape: [config.head.units],
    role: 'headBias',
    layer: -1,
    direction: null,
  });
  return specs;
}

/** Index in `specs` of the weight with this role, layer and direction; -1 when there is none. */
export function specIndex(
  specs: WeightSpec[],
  role: WeightSpec['role'],
  layer: number,
  direction: WeightSpec['direction'],
): number {
  return specs.findIndex((s) => s.role === role && s.layer === layer && s.direction === direction);
}

/** Number of elements of a shape. */
export function sizeOf(shape: number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** Parameters of one recurrent layer (both directions when bidirectional). */
export function recurrentLayerParams(layer: RecurrentLayerConfig, inputWidth: number): number {
  const one = cellWeightShapes(layer, inputWidth).reduce((s, w) => s + sizeOf(w.shape), 0);
  return one * (layer.bidirectional ? 2 : 1);
}

/** Keras-style summary rows: name, class, output shape (null for batch and unknown time), params. */
export function summarize(config: ModelConfig): LayerSummary[] {
  const names = layerNames(config);
  const T = config.timesteps;
  const rows: LayerSummary[] = [];
  if (config.input.kind === 'embedding' && names.input) {
    const { vocabSize, dim } = config.input;
    rows.push({
      name: names.input,
      kind: 'Embedding',
      outputShape: [null, T, dim],
      params: vocabSize * dim,
    });
  } else if (config.input.kind === 'oneHot' && names.input) {
    rows.push({
      name: names.input,
      kind: 'CategoryEncoding',
      outputShape: [null, T, config.input.vocabSize],
      params: 0,
    });
  }
  const widths = layerInputWidths(config);
  config.layers.forEach((layer, i) => {
    const w = layerOutputWidth(layer);
    rows.push({
      name: names.layers[i],
      kind: layer.bidirectional ? 'Bidirectional' : CELL_LAYER[layer.cell].kind,
      outputShape: layer.returnSequences ? [null, T, w] : [null, w],
      params: recurrentLayerParams(layer, widths[i]),
    });
  });
  const last = config.layers[config.layers.length - 1];
  const d = last ? layerOutputWidth(last) : inputFeatures(config);
  const u = config.head.units;
  rows.push({
    name: names.head,
    kind: config.head.kind === 'everyStep' ? 'TimeDistributed' : 'Dense',
    outputShape: config.head.kind === 'everyStep' ? [null, T, u] : [null, u],
    params: u * (d + 1),
  });
  return rows;
}

/** Total trainable parameters (the "Total params" line of a Keras summary). */
export function countParams(config: ModelConfig): number {
  return summarize(config).reduce((s, r) => s + r.params, 0);
}

/** Shape of the model's prediction for a batch of n sequences of length T. */
export function predictionShape(config: ModelConfig, n: number, T: number): number[] {
  return config.head.kind === 'everyStep' ? [n, T, config.head.units] : [n, config.head.units];
}

/**
 * Reasons a config cannot be built, as message codes (empty when it is valid): every layer but the
 * last must return sequences, an every-step head needs a sequence from the last layer, sizes ≥ 1.
 */
export function configErrors(config: ModelConfig): string[] {
  const errors: string[] = [];
  if (config.layers.length === 0) errors.push('model.noLayers');
  config.layers.forEach((layer, i) => {
    if (!(layer.units >= 1)) errors.push(`model.layer${i}.units`);
    if (i < config.layers.length - 1 && !layer.returnSequences)
      errors.push(`model.layer${i}.returnSequences`);
    const rate = layer.dropout ?? 0;
    if (!(rate >= 0 && rate < 1)) errors.push(`model.layer${i}.dropout`);
  });
  const last = config.layers[config.layers.length - 1];
  if (config.head.kind === 'everyStep' && last && !last.returnSequences) {
    errors.push('model.head.needsSequence');
  }
  if (!(config.head.units >= 1)) errors.push('model.head.units');
  if (inputFeatures(config) < 1) errors.push('model.input.size');
  if (config.timesteps !== null && !(config.timesteps >= 1)) errors.push('model.timesteps');
  return errors;
}
