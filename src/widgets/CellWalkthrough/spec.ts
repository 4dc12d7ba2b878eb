import type { WidgetSpec } from '../../lesson/widgetSpec';

export const cellWalkthroughSpec: WidgetSpec = {
  name: 'CellWalkthrough',
  description:
    'One time step of a tiny LSTM or GRU (one input, 1–3 units, seeded weights) with the real ' +
    'numbers put into every formula, revealed a line at a time; sample, time step, seed and size ' +
    'are chosen by the student and kept in the link. Runs on the page, no training.',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'walk',
      description: 'Unique within the lesson; prefixes the settings kept in the URL (walk.seed=3).',
    },
    {
      name: 'cell',
      type: 'enum',
      values: ['lstm', 'gru'],
      required: true,
      example: 'lstm',
      description: 'Which cell to walk through.',
    },
  ],
};
