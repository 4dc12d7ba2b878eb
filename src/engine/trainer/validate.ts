/**
 * Checks a model and training configuration before any tensor exists, and says what is wrong as
 * EngineMessages (a code and the numbers the page needs to explain it in either language), e.g.
 * { code: 'invalid.units', params: { min: 1, max: 512, value: 0, layer: 0 } }. The page calls it
 * too, to disable a Train button with a reason instead of failing inside the worker.
 */
import { feedProbability, freeRunningProblem } from '../model/feed';
import { seq2seqErrors } from '../model/seq2seq/specs';
import type { DataSplit, EngineMessage, ModelConfig, TrainConfig } from '../types';

/** Allowed ranges, shared with the controls that edit them. */
export const LIMITS = {
  units: { min: 1, max: 512 },
  layers: { min: 1, max: 8 },
  learningRate: { min: 0, max: 10 },
  epochs: { min: 1, max: 10000 },
  features: { min: 1, max: 1024 },
  vocabSize: { min: 2, max: 50000 },
  embeddingDim: { min: 1, max: 512 },
  headUnits: { min: 1, max: 50000 },
  timesteps: { min: 1, max: 10000 },
  dropout: { min: 0, max: 0.95 },
  clipNorm: { min: 0, max: 1e6 },
} as const;

export const CELLS = ['simpleRnn', 'lstm', 'gru', 'lnSimpleRnn'] as const;
export const OPTIMIZERS = ['sgd', 'rmsprop', 'adam'] as const;
export const LOSSES = ['mse', 'softmaxCrossEntropy', 'binaryCrossEntropy'] as const;
export const METRICS = ['mse', 'accuracy'] as const;
export const ACTIVATIONS = ['linear', 'softmax', 'sigmoid'] as const;

type Params = Record<string, string | number>;

function error(code: string, params: Params): EngineMessage {
  return { code, params, severity: 'error' };
}

/** The offending value as a message parameter: numbers stay numbers. */
const shown = (v: unknown): string | number =>
  typeof v === 'number' && Number.isFinite(v) ? v : String(v);

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

function range(
  out: EngineMessage[],
  code: string,
  value: unknown,
  limits: { min: number; max: number },
  extra: Params = {},
  integer = true,
): void {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (!integer || Number.isInteger(value)) &&
    value >= limits.min &&
    value <= limits.max;
  if (!ok)
    out.push(error(code, { min: limits.min, max: limits.max, value: shown(value), ...extra }));
}

function oneOf(
  out: EngineMessage[],
  code: string,
  value: unknown,
  allowed: readonly string[],
  extra: Params = {},
): void {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    out.push(error(code, { value: String(value), allowed: allowed.join(', '), ...extra }));
  }
}

/** Every problem with the model configuration (empty when it can be built). */
export function validateModelConfig(model: ModelConfig, data?: DataSplit): EngineMessage[] {
  const out: EngineMessage[] = [];
  const input = model.input;
  if (input.kind === 'dense') range(out, 'invalid.features', input.features, LIMITS.features);
  else if (input.kind === 'oneHot')
    range(out, 'invalid.vocabSize', input.vocabSize, LIMITS.vocabSize);
  else if (input.kind === 'embedding') {
    range(out, 'invalid.vocabSize', input.vocabSize, LIMITS.vocabSize);
    range(out, 'invalid.embeddingDim', input.dim, LIMITS.embeddingDim);
  } else {
    oneOf(out, 'invalid.input', (input as { kind?: unknown }).kind, [
      'dense',
      'oneHot',
      'embedding',
    ]);
  }
  const seriesLength = data ? data.train.xShape[1] : LIMITS.timesteps.max;
  if (model.timesteps !== null) {
    range(out, 'invalid.timesteps', model.timesteps, { min: 1, max: seriesLength });
  }
  const layers = Array.isArray(model.layers) ? model.layers : [];
  range(out, 'invalid.layers', layers.length, LIMITS.layers);
  layers.forEach((layer, i) => {
    oneOf(out, 'invalid.cell', layer.cell, CELLS, { layer: i });
    range(out, 'invalid.units', layer.units, LIMITS.units, { layer: i });
    if (layer.gateBias !== undefined) {
      // Chrono biases spread memory up to the sequence length, which must therefore be known.
      const allowed = model.timesteps === null ? ['keras'] : ['keras', 'chrono'];
      oneOf(out, 'invalid.gateBias', layer.gateBias, allowed, { layer: i });
    }
    if (layer.dropout !== undefined) {
      range(out, 'invalid.dropout', layer.dropout, LIMITS.dropout, { layer: i }, false);
    }
    if (i < layers.length - 1 && !layer.returnSequences) {
      out.push(error('invalid.returnSequences', { layer: i }));
    }
  });
  const head = model.head;
  oneOf(out, 'invalid.headKind', head.kind, ['last', 'everyStep']);
  oneOf(out, 'invalid.activation', head.activation, ACTIVATIONS);
  range(out, 'invalid.headUnits', head.units, LIMITS.headUnits);
  const last = layers[layers.length - 1];
  if (model.decoder) {
    // An encoder–decoder: the head reads the decoder, so the encoder's last layer may end in a state.
    range(out, 'invalid.decoderSteps', model.decoder.steps, LIMITS.timesteps);
    for (const problem of seq2seqErrors(model)) out.push(error('invalid.decoder', { problem }));
  } else if (head.kind === 'everyStep' && last && !last.returnSequences) {
    out.push(error('invalid.headNeedsSequence', { layer: layers.length - 1 }));
  }
  if (!isInt(model.seed)) out.push(error('invalid.seed', { value: String(model.seed) }));
  if (data) out.push(...shapeMessages(model, data));
  return out;
}

/** Every problem with the training configuration, given the model it trains and the data. */
export function validateTrainConfig(
  train: TrainConfig,
  model?: ModelConfig,
  data?: DataSplit,
): EngineMessage[] {
  const out: EngineMessage[] = [];
  oneOf(out, 'invalid.optimizer', train.optimizer, OPTIMIZERS);
  oneOf(out, 'invalid.loss', train.loss, LOSSES);
  oneOf(out, 'invalid.metric', train.metric, METRICS);
  const lr = train.learningRate;
  if (!(typeof lr === 'number' && lr > LIMITS.learningRate.min && lr <= LIMITS.learningRate.max)) {
    out.push(error('invalid.learningRate', { min: 0, max: 10, value: shown(lr), open: 'min' }));
  }
  const nTrain = data ? data.train.xShape[0] : Number.MAX_SAFE_INTEGER;
  range(out, 'invalid.batchSize', train.batchSize, { min: 1, max: nTrain });
  range(out, 'invalid.epochs', train.epochs, LIMITS.epochs);
  if (
    train.clipNorm !== null &&
    !(
      typeof train.clipNorm === 'number' &&
      train.clipNorm > 0 &&
      train.clipNorm <= LIMITS.clipNorm.max
    )
  ) {
    out.push(
      error('invalid.clipNorm', {
        min: 0,
        max: LIMITS.clipNorm.max,
        value: shown(train.clipNorm),
        open: 'min',
      }),
    );
  }
  if (train.tbpttWindow !== null && model?.decoder) {
    // The decoder's gradient must reach the encoder through the whole sequence.
    out.push(error('invalid.tbpttWindow', { value: shown(train.tbpttWindow), allowed: 'off' }));
  } else if (train.tbpttWindow !== null) {
    const T = model?.timesteps ?? data?.train.xShape[1] ?? LIMITS.timesteps.max;
    range(out, 'invalid.tbpttWindow', train.tbpttWindow, { min: 1, max: T });
  }
  if (!isInt(train.seed)) out.push(error('invalid.seed', { value: String(train.seed) }));
  out.push(...feedMessages(train, model));
  if (model) {
    const act = model.head.activation;
    if (train.loss === 'softmaxCrossEntropy' && act === 'sigmoid') {
      out.push(error('invalid.lossHead', { loss: train.loss, activation: act }));
    }
    if (train.loss === 'binaryCrossEntropy' && act === 'softmax') {
      out.push(error('invalid.lossHead', { loss: train.loss, activation: act }));
    }
  }
  return out;
}

/**
 * Free running and scheduled sampling: p in [0, 1], not contradicting `teacherForcing`, and a model
 * that can read its own predictions (token ids of the vocabulary its every-step head predicts,
 * left to right; or a decoder).
 */
function feedMessages(train: TrainConfig, model?: ModelConfig): EngineMessage[] {
  const out: EngineMessage[] = [];
  const p = train.feedPrediction;
  if (p !== undefined) {
    range(out, 'invalid.feedPrediction', p, { min: 0, max: 1 }, {}, false);
    if (train.teacherForcing === false && p !== 1) {
      out.push(error('invalid.feedPrediction', { min: 1, max: 1, value: shown(p) }));
    }
  }
  if (model && feedProbability(train) > 0) {
    const reason = freeRunningProblem(model);
    if (reason) out.push(error('invalid.freeRunning', { reason }));
  }
  return out;
}

/**
 * A model that feeds its predictions must be trained on data whose input at step t is the target
 * of step t − 1 (x(t) = y(t − 1)); otherwise feeding a prediction would replace an input that is
 * not a previous target. Reports the first sample and step where that fails.
 */
function feedDataMessages(
  model: ModelConfig,
  train: TrainConfig,
  data: DataSplit,
): EngineMessage[] {
  if (model.decoder || feedProbability(train) === 0 || freeRunningProblem(model)) return [];
  const { x, xShape, y, yShape } = data.train;
  const [n, T] = xShape;
  if (yShape.length !== 2 || yShape[1] !== T) {
    return [error('invalid.freeRunningData', { part: 'train', sample: 0, step: 0 })];
  }
  for (let i = 0; i < n; i++) {
    for (let t = 1; t < T; t++) {
      if (x[i * T + t] !== y[i * T + t - 1]) {
        return [error('invalid.freeRunningData', { part: 'train', sample: i, step: t })];
      }
    }
  }
  return [];
}

/** Both checks together: what the trainer runs before building anything. */
export function validateConfig(
  model: ModelConfig,
  train: TrainConfig,
  data?: DataSplit,
): EngineMessage[] {
  const out = [...validateModelConfig(model, data), ...validateTrainConfig(train, model, data)];
  if (data && out.length === 0) out.push(...feedDataMessages(model, train, data));
  return out;
}

/** Does the data fit the model: input width, sequence length, target width. */
function shapeMessages(model: ModelConfig, data: DataSplit): EngineMessage[] {
  const out: EngineMessage[] = [];
  for (const [name, part] of [
    ['train', data.train],
    ['valid', data.valid],
  ] as const) {
    const { xShape, yShape } = part;
    if (model.input.kind === 'dense') {
      const features = xShape.length === 3 ? xShape[2] : 1;
      if (features !== model.input.features) {
        out.push(
          error('invalid.dataShape', {
            part: name,
            axis: 'features',
            expected: model.input.features,
            value: features,
          }),
        );
      }
    } else if (xShape.length !== 2) {
      out.push(
        error('invalid.dataShape', {
          part: name,
          axis: 'tokens',
          expected: 2,
          value: xShape.length,
        }),
      );
    }
    if (model.timesteps !== null && xShape[1] !== model.timesteps) {
      out.push(
        error('invalid.dataShape', {
          part: name,
          axis: 'timesteps',
          expected: model.timesteps,
          value: xShape[1],
        }),
      );
    }
    if (model.decoder && (yShape.length !== 2 || yShape[1] !== model.decoder.steps)) {
      out.push(
        error('invalid.dataShape', {
          part: name,
          axis: 'outputSteps',
          expected: model.decoder.steps,
          value: yShape.length === 2 ? yShape[1] : `[${yShape.join(', ')}]`,
        }),
      );
    }
    const classIds = part.y instanceof Int32Array;
    if (!classIds) {
      const width = yShape[yShape.length - 1];
      const expected = yShape.length === 1 ? 1 : width;
      if (yShape.length > 1 && expected !== model.head.units) {
        out.push(
          error('invalid.dataShape', {
            part: name,
            axis: 'targets',
            expected: model.head.units,
            value: expected,
          }),
        );
      }
    }
    if (xShape[0] !== yShape[0]) {
      out.push(
        error('invalid.dataShape', {
          part: name,
          axis: 'examples',
          expected: xShape[0],
          value: yShape[0],
        }),
      );
    }
  }
  return out;
}
