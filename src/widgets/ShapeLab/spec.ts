import type { WidgetSpec } from '../../lesson/widgetSpec';

export const shapeLabSpec: WidgetSpec = {
  name: 'ShapeLab',
  description:
    'A live shape and parameter calculator for one SimpleRNN, LSTM or GRU layer: batch, timesteps, ' +
    'features, units, return_sequences and batch_first in; the Keras call, output shape and ' +
    'parameter breakdown beside PyTorch’s output, h_n and parameters for the same tensors, and ' +
    'the single cell step the layer loops.',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'shapes',
      description:
        'Unique within the lesson; prefixes the settings kept in the URL (shapes.units=3).',
    },
  ],
};
