/**
 * Plain-data types shared by the engine, the worker protocol and the drawings.
 *
 * Nothing here is a tensor: everything crosses the worker boundary by structured clone and can be
 * drawn directly. Shapes follow Keras: a batch of sequences is [batch, timesteps, features].
 */

/** A recurrent cell. `lnSimpleRnn` is SimpleRNN with layer normalization of the pre-activation. */
export type CellKind = 'simpleRnn' | 'lstm' | 'gru' | 'lnSimpleRnn';

/** A tfjs backend that can run training. `auto` times each available one and keeps the fastest. */
export type BackendName = 'webgl' | 'wasm' | 'cpu';
export type BackendChoice = BackendName | 'auto';

export type OptimizerKind = 'sgd' | 'rmsprop' | 'adam';
export type LossKind = 'mse' | 'softmaxCrossEntropy' | 'binaryCrossEntropy';
export type MetricKind = 'mse' | 'accuracy';

/** How the model reads its input at each time step. */
export type InputConfig =
  | { kind: 'dense'; features: number }
  | { kind: 'oneHot'; vocabSize: number }
  | { kind: 'embedding'; vocabSize: number; dim: number };

/** One recurrent layer of a stack. */
export interface RecurrentLayerConfig {
  cell: CellKind;
  /** Dh: size of the hidden state. */
  units: number;
  /** Emit h(t) for every t (true) or only h(T) (false). Every layer but the last needs true. */
  returnSequences: boolean;
  /** Run a second copy backwards in time and concatenate [h→; h←] (Keras `Bidirectional`, merge 'concat'). */
  bidirectional?: boolean;
  /** Dropout rate on the layer's inputs during training, 0 ≤ rate < 1. */
  dropout?: number;
  /** GRU only: apply r after the recurrent product (Keras `reset_after=True`) instead of before it. */
  gruResetAfter?: boolean;
  /**
   * LSTM and GRU gate biases at the start: 'keras' (the default: LSTM forget bias 1, the rest 0) or
   * 'chrono' (Tallec & Ollivier 2018: memory time scales spread from 2 to the sequence length; see
   * chronoBias in model/init.ts). Ignored by SimpleRNN cells.
   */
  gateBias?: 'keras' | 'chrono';
}

/** The output head. `last`: Dense on the last step's output; `everyStep`: time-distributed Dense. */
export interface HeadConfig {
  kind: 'last' | 'everyStep';
  units: number;
  activation: 'linear' | 'softmax' | 'sigmoid';
}

export interface ModelConfig {
  input: InputConfig;
  /** Sequence length T, or null when sequences of any length are accepted. */
  timesteps: number | null;
  layers: RecurrentLayerConfig[];
  head: HeadConfig;
  /** Seed for weight initialisation. */
  seed: number;
  /**
   * Present for an encoder–decoder: `input` and `layers` above are then the encoder, whose final
   * state initialises the decoder, and `head` reads the decoder's output at every step.
   */
  decoder?: DecoderConfig;
}

/**
 * The decoder of an encoder–decoder (seq2seq). It has as many layers as the encoder, each with the
 * same cell and units as its encoder layer, whose final state (h, and c for LSTM) is its initial
 * state. It reads the previous target token, a start token at the first step: the true one in
 * training (teacher forcing), its own previous prediction (greedy) when predicting.
 */
export interface DecoderConfig {
  /** The previous output token, read one-hot or through an embedding (vocabulary = head units). */
  input:
    { kind: 'oneHot'; vocabSize: number } | { kind: 'embedding'; vocabSize: number; dim: number };
  /** Output steps Tout: targets are [n, Tout] token ids. */
  steps: number;
  /** Token id read at the first decoder step. */
  startToken: number;
}

export interface TrainConfig {
  optimizer: OptimizerKind;
  learningRate: number;
  batchSize: number;
  epochs: number;
  loss: LossKind;
  metric: MetricKind;
  /** Clip gradients by global norm; null for no clipping. */
  clipNorm: number | null;
  /** Truncated BPTT window k; null back-propagates through the whole sequence. */
  tbpttWindow: number | null;
  /**
   * Models whose input at step t is the target of step t − 1 (character models, a decoder): true
   * (the default) feeds the true previous target (teacher forcing); false feeds the model's own
   * previous prediction, its argmax, with no gradient through that choice (free running).
   */
  teacherForcing?: boolean;
  /**
   * Scheduled sampling (Bengio et al. 2015): the probability, per sample and step, of feeding the
   * model's own previous prediction instead of the true previous target. 0 is teacher forcing,
   * 1 free running; when given it decides (teacherForcing false then requires 1).
   */
  feedPrediction?: number;
  /** Seed for shuffling and dropout. */
  seed: number;
}

/**
 * A data set as flat typed arrays. `x` is [n, T, features] floats for dense input, or [n, T] token
 * ids for one-hot or embedding input; `y` is [n, ...targetShape].
 */
export interface SequenceData {
  x: Float32Array | Int32Array;
  xShape: number[];
  y: Float32Array | Int32Array;
  yShape: number[];
}

export interface DataSplit {
  train: SequenceData;
  valid: SequenceData;
  test?: SequenceData;
}

export type TrainerState = 'idle' | 'training' | 'paused' | 'done' | 'diverged' | 'error';

/** One point of the training history. */
export interface HistoryPoint {
  /** Optimizer steps taken so far. */
  step: number;
  epoch: number;
  loss: number;
  metric?: number;
  valLoss?: number;
  valMetric?: number;
}

/** What the page sees of a running trainer, at most ~30 times a second. */
export interface TrainerSnapshot {
  state: TrainerState;
  epoch: number;
  batch: number;
  batchesPerEpoch: number;
  step: number;
  examplesPerSecond: number;
  backend: BackendName;
  history: HistoryPoint[];
  /** Set when training stopped by itself (divergence, error, backend change): what and what to try. */
  message?: EngineMessage;
  /** Epochs the run is set to train for. */
  epochs?: number;
  /** The latest trace taken on request (see the trainer's `requestTrace`). */
  trace?: Trace;
}

/** A message for the user, as a key and values so the page can say it in either language. */
export interface EngineMessage {
  code: string;
  params?: Record<string, string | number>;
  severity: 'info' | 'warning' | 'error';
}

/** Gate activations of one layer for one sample: gate name → [T][units]. */
export type GateTrace = Record<string, number[][]>;

/**
 * What one recurrent layer did on one sample. Gate names: LSTM i, f, o, g; GRU r, z, g.
 * All arrays are indexed [t][unit].
 */
export interface LayerTrace {
  layer: number;
  direction: 'forward' | 'backward';
  cell: CellKind;
  units: number;
  inputs: number[][];
  hidden: number[][];
  cellState?: number[][];
  gates: GateTrace;
}

/** Introspection of the model on one sample, taken on request. */
export interface Trace {
  sample: number;
  step: number;
  layers: LayerTrace[];
  /** ‖∂L/∂h(t)‖ for each t, first recurrent layer. */
  gradNormPerStep?: number[];
  /** ‖∂h(T)/∂h(t)‖ (Frobenius) for each t, first recurrent layer. */
  jacobianNormPerStep?: number[];
  /** Weight name → ‖∂L/∂W‖. */
  weightGradNorms?: Record<string, number>;
  /** Model output for this sample, flattened, with its shape. */
  prediction: number[];
  predictionShape: number[];
  target?: number[];
}

/** One row of a Keras-style model summary. */
export interface LayerSummary {
  name: string;
  kind: string;
  /** Output shape with null for the batch (and unknown time) dimension, e.g. [null, 3]. */
  outputShape: (number | null)[];
  params: number;
}
