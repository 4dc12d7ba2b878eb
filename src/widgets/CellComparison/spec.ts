import type { WidgetSpec } from '../../lesson/widgetSpec';

export const cellComparisonSpec: WidgetSpec = {
  name: 'CellComparison',
  description:
    'SimpleRNN, LSTM and GRU trained one after another in one worker on the same task, seed and ' +
    'backend, filling a table of training and validation accuracy and loss, parameters and time, ' +
    'next to the six runs of the notes (cell loop and layer × RNN, LSTM, GRU on IMDB).',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'compare',
      description:
        'Unique within the lesson; prefixes the settings kept in the URL (compare.epochs=5).',
    },
  ],
};
