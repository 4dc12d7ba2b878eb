import type { WidgetSpec } from '../../lesson/widgetSpec';

export const samplerLabSpec: WidgetSpec = {
  name: 'SamplerLab',
  description:
    'Trains the Moby-Dick character LSTM live and, on a validation window read with teacher ' +
    'forcing, shows the most probable next characters, characters drawn (seeded) from the softmax ' +
    'at a chosen temperature, and the distribution at one step at τ = 1 and at τ.',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'moby',
      description: 'Unique in the lesson; prefixes its settings in the link.',
    },
  ],
};
