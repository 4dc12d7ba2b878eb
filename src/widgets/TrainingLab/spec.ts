import type { WidgetSpec } from '../../lesson/widgetSpec';
import { CONTROL_NAMES } from './settings';

/** Experiment ids a lab may name (checked against the engine's registry by a unit test). */
export const LAB_EXPERIMENTS = [
  'ts-simple-rnn-1',
  'ts-deep-rnn',
  'ts-ahead-iterative',
  'ts-seq2vec',
  'ts-seq2seq',
  'ts-ln-rnn',
  'ts-lstm',
  'ts-gru',
  'hello',
  'hihello',
  'if-you-want-you',
  'long-sentence',
  'sentiment-rnn',
  'sentiment-lstm',
  'sentiment-gru',
  'sentiment-bilstm',
  'sentiment-birnn',
  'sentiment-bigru',
] as const;

export const LAB_VIEWS = ['dashboard', 'forecast', 'summary'] as const;

export const trainingLabSpec: WidgetSpec = {
  name: 'TrainingLab',
  description:
    'Trains one of the course experiments live in the training worker, with the chosen settings ' +
    'kept in the link, train / pause / step / reset, and the training dashboard.',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'deep',
      description: 'Unique in the lesson; prefixes its settings in the link.',
    },
    {
      name: 'experiment',
      type: 'enum',
      values: LAB_EXPERIMENTS,
      required: true,
      example: 'ts-deep-rnn',
      description: 'The experiment to train (npm run lab -- --list).',
    },
    {
      name: 'controls',
      type: 'string[]',
      example: ['units', 'learningRate'],
      description: `Settings the student may change: ${CONTROL_NAMES.join(', ')}.`,
    },
    {
      name: 'views',
      type: 'string[]',
      example: ['dashboard', 'forecast'],
      description: `What to draw: ${LAB_VIEWS.join(', ')}.`,
    },
  ],
};
