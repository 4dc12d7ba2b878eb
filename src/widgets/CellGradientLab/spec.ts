import type { WidgetSpec } from '../../lesson/widgetSpec';

export const cellGradientLabSpec: WidgetSpec = {
  name: 'CellGradientLab',
  description:
    'A SimpleRNN and an LSTM trained side by side (two workers) on the first-symbol memory task, ' +
    'with ‖∂L/∂h(t)‖ or ‖∂h(T)/∂h(t)‖ per time step of one validation sequence on a log scale and ' +
    'the same profile over training as a heatmap, for both.',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'flow',
      description:
        'Unique within the lesson; prefixes the settings kept in the URL (flow.units=8).',
    },
    {
      name: 'measure',
      type: 'enum',
      values: ['loss', 'jacobian'],
      example: 'jacobian',
      description:
        'The measure shown first: ‖∂L/∂h(t)‖ (loss, the default) or ‖∂h(T)/∂h(t)‖ (jacobian).',
    },
    {
      name: 'units',
      type: 'number',
      example: 16,
      description: 'Units of both models at first (2–32, default 16).',
    },
    {
      name: 'epochs',
      type: 'number',
      example: 3,
      description: 'Epochs at first (1–30, default 3).',
    },
  ],
};
