import type { WidgetSpec } from '../../lesson/widgetSpec';

export const unrolledTimelineSpec: WidgetSpec = {
  name: 'UnrolledTimeline',
  description:
    'A seeded one-input SimpleRNN drawn folded or unrolled; Play/Step runs the forward pass one ' +
    'step at a time and spells out a(t) = Wxh·x(t) + Whh·h(t−1) + b, h(t) = tanh(a(t)), y(t) with ' +
    'the real numbers, and shows that Wxh, Whh and Why are the same at every step.',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'unroll',
      description: 'Unique within the lesson; prefixes the settings kept in the URL (unroll.T=5).',
    },
    {
      name: 'view',
      type: 'enum',
      values: ['unrolled', 'folded'],
      example: 'unrolled',
      description: 'The picture shown first (the URL setting wins when present).',
    },
  ],
};
