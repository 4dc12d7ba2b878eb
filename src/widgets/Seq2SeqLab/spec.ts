import type { WidgetSpec } from '../../lesson/widgetSpec';

export const seq2SeqLabSpec: WidgetSpec = {
  name: 'Seq2SeqLab',
  description:
    'Trains an encoder–decoder live (an LSTM encoder whose final state starts an LSTM decoder) to ' +
    'write a short digit string reversed, showing greedy decodings step by step and their accuracy.',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'reverse',
      description: 'Unique in the lesson; prefixes its settings in the link.',
    },
  ],
};
