import type { WidgetSpec } from '../../lesson/widgetSpec';

export const gateLabSpec: WidgetSpec = {
  name: 'GateLab',
  description:
    'An LSTM or GRU trained live (in the worker) to name the first of 30 symbols, with the cell ' +
    'diagram linked to its formulas and the gate heatmaps of one validation sequence refreshed as ' +
    'training proceeds; units, epochs, sequence and seed are kept in the link.',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'gates',
      description:
        'Unique within the lesson; prefixes the settings kept in the URL (gates.units=8).',
    },
    {
      name: 'cell',
      type: 'enum',
      values: ['lstm', 'gru'],
      required: true,
      example: 'lstm',
      description: 'Which gated cell to train.',
    },
  ],
};
