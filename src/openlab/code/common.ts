/**
 * What the Keras and PyTorch scripts share: the header, the settings block, and the notes on where
 * the browser's engine and the frameworks differ.
 */
import type { ModelConfig, TrainConfig } from '../../engine/types';
import type { DataDescription } from '../types';
import { comment, pyNum } from './python';

/** What a generator reads: the run's model, its training set-up and its data. */
export interface CodeInput {
  model: ModelConfig;
  train: TrainConfig;
  data: DataDescription;
}

export type Framework = 'keras' | 'pytorch';

/** The vocabulary size of a token model's input (0 for a series). */
export function vocabSizeOf(model: ModelConfig): number {
  return model.input.kind === 'dense' ? 0 : model.input.vocabSize;
}

/**
 * True when a `last` head reads a layer that returns its whole sequence: the engine's head then
 * reads the outputs at the last step (for a backward direction that is its first step, not its
 * final state), so the scripts slice the last step instead of asking for the final state.
 */
export function headSlicesLastStep(model: ModelConfig): boolean {
  const last = model.layers[model.layers.length - 1];
  return model.head.kind === 'last' && Boolean(last?.returnSequences);
}

/** The first lines of every script: what it is and how to run it. */
export function header(framework: Framework, input: CodeInput): string[] {
  const name = framework === 'keras' ? 'Keras (TensorFlow 2.x, Keras 2 or 3)' : 'PyTorch (2.x)';
  const cells = [...new Set(input.model.layers.map((l) => l.cell))].join(', ');
  return [
    `# Unrolled open lab, exported as ${name}.`,
    `# Data: ${input.data.name}; cells: ${cells}; ${input.model.layers.length} recurrent layer(s).`,
    ...comment(
      'Run it as a script or paste it into a notebook cell (e.g. Colab). It rebuilds the data, the ' +
        'model and the training set-up of the lab; the random numbers (data, weights, shuffling) ' +
        'come from NumPy and the framework, so results match the browser in kind, not digit for digit.',
    ),
  ];
}

/** Lines on set-ups the framework runs differently from the browser's engine. */
export function differenceNotes(framework: Framework, input: CodeInput): string[] {
  const notes: string[] = [];
  const { train, model } = input;
  if (train.tbpttWindow !== null) {
    notes.push(
      `The lab truncated back-propagation through time to ${pyNum(train.tbpttWindow)} steps; ` +
        'this script back-propagates through the whole sequence, as ' +
        (framework === 'keras' ? 'model.fit does.' : 'loss.backward() does on the full unroll.'),
    );
  }
  if (model.timesteps === null) {
    notes.push('The model accepts sequences of any length (time axis None).');
  }
  return notes.flatMap((n) => comment(n));
}

/** The settings block: every number the lab chose, named once. */
export function settings(input: CodeInput): string[] {
  const { train, model } = input;
  return [
    `MODEL_SEED = ${pyNum(model.seed)}  # weight initialisation`,
    `TRAIN_SEED = ${pyNum(train.seed)}  # shuffling and dropout`,
    `BATCH_SIZE = ${pyNum(train.batchSize)}`,
    `EPOCHS = ${pyNum(train.epochs)}`,
    `LEARNING_RATE = ${pyNum(train.learningRate)}`,
    `CLIP_NORM = ${train.clipNorm === null ? 'None' : pyNum(train.clipNorm)}  # global-norm clipping${train.clipNorm === null ? ' (off)' : ''}`,
  ];
}
