import type { WidgetSpec } from '../../lesson/widgetSpec';

export const longDependencyLabSpec: WidgetSpec = {
  name: 'LongDependencyLab',
  description:
    'The long-term dependency problem trained live: for sequence lengths 5 to 80 a fresh ' +
    'one-layer SimpleRNN (or LSTM) learns to name the first of the symbols at the last step; a ' +
    'table and a chart of validation accuracy against distance, with chance at 25 %.',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'recall',
      description: 'Unique in the lesson; prefixes its settings (cell, epochs, seed) in the link.',
    },
  ],
};
