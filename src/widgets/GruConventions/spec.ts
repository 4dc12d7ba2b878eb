import type { WidgetSpec } from '../../lesson/widgetSpec';

export const gruConventionsSpec: WidgetSpec = {
  name: 'GruConventions',
  description:
    'The two ways the notes write the GRU update, h = z⊙h(t−1) + (1−z)⊙g (Keras, the course) and ' +
    'h = (1−z)⊙h(t−1) + z⊙g, run side by side on a seeded 3-unit GRU: with the update gate’s ' +
    'weights negated the hidden states coincide (the same model); without, they differ.',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'conv',
      description: 'Unique within the lesson; prefixes the settings kept in the URL (conv.swap=0).',
    },
  ],
};
