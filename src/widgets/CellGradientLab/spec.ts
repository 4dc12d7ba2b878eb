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
  ],
};
