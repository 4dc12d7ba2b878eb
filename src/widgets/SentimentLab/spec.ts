import type { WidgetSpec } from '../../lesson/widgetSpec';
import { SENTIMENT_MODELS } from './models';

export const sentimentLabSpec: WidgetSpec = {
  name: 'SentimentLab',
  description:
    'Trains SimpleRNN, LSTM or bidirectional LSTM on the 1,000 labelled review sentences, keeps ' +
    'each finished run’s test accuracy in a comparison table, shows the trained model’s verdict ' +
    'on any test sentence, and shows how a typed sentence is tokenized, cut to the vocabulary and ' +
    'padded.',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'compare',
      description: 'Unique in the lesson; prefixes its settings in the link.',
    },
    {
      name: 'model',
      type: 'enum',
      values: SENTIMENT_MODELS,
      example: 'sentiment-rnn',
      description: 'The model selected at first.',
    },
    {
      name: 'epochs',
      type: 'number',
      example: 3,
      description: 'Epochs to start with (1–30); the notes’ configurations use 8–10.',
    },
  ],
};
