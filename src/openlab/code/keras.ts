/**
 * "Show as code", Keras: the lab's model and training set-up as a runnable tf.keras script.
 * The model is built with the functional API, layer for layer as the engine builds it (see
 * engine/shapes.ts for the Keras names and parameter counts the engine follows).
 */
import type { ModelConfig, RecurrentLayerConfig, TrainConfig } from '../../engine/types';
import {
  differenceNotes,
  header,
  headSlicesLastStep,
  settings,
  vocabSizeOf,
  type CodeInput,
} from './common';
import { dataImports, dataSection } from './dataCode';
import { comment, pyBool, pyFloat, pyNum, pyStr } from './python';

const LN_CELL = [
  'class LNSimpleRNNCell(layers.Layer):',
  '    """The notes\' layer-normalised SimpleRNN cell: SimpleRNNCell without activation, then',
  '    LayerNormalization (epsilon 1e-3, the Keras default), then tanh; the state is the output."""',
  '',
  '    def __init__(self, units, **kwargs):',
  '        super().__init__(**kwargs)',
  '        self.units = units',
  '        self.state_size = units',
  '        self.output_size = units',
  '        self.simple_rnn_cell = layers.SimpleRNNCell(units, activation=None)',
  '        self.layer_norm = layers.LayerNormalization(epsilon=1e-3)',
  '',
  '    def call(self, inputs, states):',
  '        outputs, _ = self.simple_rnn_cell(inputs, states)',
  '        norm_outputs = tf.tanh(self.layer_norm(outputs))',
  '        return norm_outputs, [norm_outputs]',
  '',
  '    def get_config(self):',
  "        return {**super().get_config(), 'units': self.units}",
];

/** The Keras layer of one direction of a recurrent layer, as a Python expression. */
function cellLayer(l: RecurrentLayerConfig, returnSequences: boolean, backwards = false): string {
  const seq = `return_sequences=${pyBool(returnSequences)}`;
  const back = backwards ? ', go_backwards=True' : '';
  const drop = l.dropout ? `, dropout=${pyFloat(l.dropout)}` : '';
  switch (l.cell) {
    case 'simpleRnn':
      return `layers.SimpleRNN(${pyNum(l.units)}, ${seq}${drop})`;
    case 'lstm':
      // Keras 2+ and the engine: sigmoid gates, unit_forget_bias (the forget bias starts at 1).
      return `layers.LSTM(${pyNum(l.units)}, ${seq}, recurrent_activation='sigmoid'${drop})`;
    case 'gru':
      return (
        `layers.GRU(${pyNum(l.units)}, ${seq}, recurrent_activation='sigmoid', ` +
        `reset_after=${pyBool(Boolean(l.gruResetAfter))}${drop})`
      );
    case 'lnSimpleRnn':
      // keras.layers.RNN has no dropout argument: the dropout is a layer of its own before it.
      return `layers.RNN(LNSimpleRNNCell(${pyNum(l.units)}), ${seq}${back})`;
  }
}

/** Lines that apply one recurrent layer to `h`. */
function recurrentLines(l: RecurrentLayerConfig, width: number): string[] {
  const lines: string[] = [];
  const seq = l.returnSequences;
  if (l.cell === 'lnSimpleRnn' && l.dropout) {
    lines.push(
      "# Keras' dropout= draws one mask per sequence and feature; noise_shape does the same here.",
      `h = layers.Dropout(${pyFloat(l.dropout)}, noise_shape=(None, 1, ${pyNum(width)}))(h)`,
    );
  }
  if (!l.bidirectional) {
    lines.push(`h = ${cellLayer(l, seq)}(h)`);
  } else if (l.cell === 'lnSimpleRnn') {
    // Bidirectional clones its layer through get_config; naming the backward copy avoids it.
    lines.push(
      'h = layers.Bidirectional(',
      `    ${cellLayer(l, seq)},`,
      `    backward_layer=${cellLayer(l, seq, true)},`,
      "    merge_mode='concat',",
      ')(h)',
    );
  } else {
    lines.push(`h = layers.Bidirectional(${cellLayer(l, seq)}, merge_mode='concat')(h)`);
  }
  return lines;
}

function modelLines(model: ModelConfig): string[] {
  const T = model.timesteps === null ? 'None' : 'T';
  const lines: string[] = [];
  let width: number;
  if (model.input.kind === 'dense') {
    width = model.input.features;
    lines.push(`inputs = keras.Input(shape=(${T}, ${pyNum(width)}))  # [batch, T, features]`);
    lines.push('h = inputs');
  } else {
    lines.push(`inputs = keras.Input(shape=(${T},), dtype='int32')  # [batch, T] token ids`);
    if (model.input.kind === 'oneHot') {
      width = model.input.vocabSize;
      lines.push(
        `h = layers.CategoryEncoding(num_tokens=${pyNum(width)}, output_mode='one_hot')(inputs)`,
      );
    } else {
      width = model.input.dim;
      lines.push(`h = layers.Embedding(${pyNum(model.input.vocabSize)}, ${pyNum(width)})(inputs)`);
    }
  }
  for (const l of model.layers) {
    lines.push(...recurrentLines(l, width));
    width = l.units * (l.bidirectional ? 2 : 1);
  }
  if (headSlicesLastStep(model)) {
    lines.push(
      "# The head reads the last step's outputs, as the lab's model does.",
      "h = layers.Lambda(lambda seq: seq[:, -1], name='last_step')(h)",
    );
  }
  const dense = `layers.Dense(${pyNum(model.head.units)}, activation=${pyStr(model.head.activation)})`;
  lines.push(
    model.head.kind === 'everyStep'
      ? `outputs = layers.TimeDistributed(${dense})(h)`
      : `outputs = ${dense}(h)`,
  );
  lines.push('model = keras.Model(inputs, outputs)', 'model.summary()');
  return lines;
}

function optimizerLine(train: TrainConfig): string {
  const clip = train.clipNorm === null ? '' : ', global_clipnorm=CLIP_NORM';
  if (train.optimizer === 'sgd')
    return `optimizer = keras.optimizers.SGD(learning_rate=LEARNING_RATE${clip})`;
  if (train.optimizer === 'rmsprop')
    return `optimizer = keras.optimizers.RMSprop(learning_rate=LEARNING_RATE, rho=0.9, epsilon=1e-7${clip})`;
  return `optimizer = keras.optimizers.Adam(learning_rate=LEARNING_RATE, epsilon=1e-7${clip})`;
}

function lossAndMetric(model: ModelConfig, train: TrainConfig): string[] {
  const logits = model.head.activation === 'linear';
  const fromLogits = logits ? 'from_logits=True' : '';
  const loss =
    train.loss === 'mse'
      ? "'mse'"
      : train.loss === 'softmaxCrossEntropy'
        ? `keras.losses.SparseCategoricalCrossentropy(${fromLogits})`
        : `keras.losses.BinaryCrossentropy(${fromLogits})`;
  let metric: string;
  if (train.metric === 'mse') metric = "'mse'";
  else if (train.loss === 'binaryCrossEntropy' || model.head.units === 1)
    // A logit above 0 is a probability above 0.5.
    metric = `keras.metrics.BinaryAccuracy(threshold=${logits ? '0.0' : '0.5'})`;
  else metric = "'sparse_categorical_accuracy'";
  return [`loss = ${loss}`, `metrics = [${metric}]`];
}

/** The whole Keras script for a run. */
export function kerasScript(input: CodeInput): string {
  const { model, train, data } = input;
  const needsLn = model.layers.some((l) => l.cell === 'lnSimpleRnn');
  const lines: string[] = [
    ...header('keras', input),
    ...comment(
      'Where Keras and the browser differ: the browser runs the same cells with the same ' +
        'initialisers (Glorot-uniform kernels, orthogonal recurrent kernels, zero biases, LSTM ' +
        "forget bias 1) and the same optimizer constants; Keras' GRU default is reset_after=True, " +
        "so every GRU below names the lab's choice, and every LSTM and GRU names the sigmoid " +
        "recurrent activation (tf.layers in the browser would default to hard_sigmoid; the lab's " +
        'engine uses sigmoid, as Keras 2+ does).',
    ),
    ...differenceNotes('keras', input),
    ...dataImports(data),
    'import tensorflow as tf',
    'from tensorflow import keras',
    'from tensorflow.keras import layers',
    '',
    ...settings(input),
    '',
    '# --- Data ---',
    ...dataSection(data, vocabSizeOf(model)),
    '',
    '# --- Model ---',
    ...(needsLn ? [...LN_CELL, '', ''] : []),
    'keras.utils.set_random_seed(MODEL_SEED)',
    ...modelLines(model),
    '',
    '# --- Training ---',
    optimizerLine(train),
    ...lossAndMetric(model, train),
    'model.compile(optimizer=optimizer, loss=loss, metrics=metrics)',
    'keras.utils.set_random_seed(TRAIN_SEED)',
    'history = model.fit(',
    '    x_train,',
    '    y_train,',
    '    batch_size=BATCH_SIZE,',
    '    epochs=EPOCHS,',
    '    validation_data=(x_valid, y_valid),',
    '    shuffle=True,',
    ')',
    'print(model.evaluate(x_valid, y_valid, batch_size=BATCH_SIZE, return_dict=True))',
  ];
  return `${lines.join('\n')}\n`;
}
