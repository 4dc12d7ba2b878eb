import type { WidgetSpec } from '../../lesson/widgetSpec';

export const bpttLabSpec: WidgetSpec = {
  name: 'BpttLab',
  description:
    'Back-propagation through time on a seeded SimpleRNN: Play runs the forward pass and then ' +
    'the backward pass step by step on the unrolled chain, with ‖∂L/∂h(t)‖ as arrow thickness; ' +
    'the loss sits on the last output or on every output, and a window slider truncates BPTT to ' +
    'k steps, showing which steps still receive gradient and how far ∂L/∂Whh moves.',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'bptt',
      description: 'Unique within the lesson; prefixes the settings kept in the URL (bptt.k=3).',
    },
    {
      name: 'truncation',
      type: 'boolean',
      example: true,
      description: 'Show the truncation window slider (off: full BPTT only).',
    },
  ],
};
