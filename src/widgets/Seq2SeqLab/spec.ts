import type { WidgetSpec } from '../../lesson/widgetSpec';

export const seq2SeqLabSpec: WidgetSpec = {
  name: 'Seq2SeqLab',
  description:
    'Trains an LSTM live to read a short digit string and then write it reversed (an encoder phase ' +
    'and a decoder phase in one recurrent stack), scoring only the answer steps on validation strings.',
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
