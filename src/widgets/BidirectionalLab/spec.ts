import type { WidgetSpec } from '../../lesson/widgetSpec';

export const bidirectionalLabSpec: WidgetSpec = {
  name: 'BidirectionalLab',
  description:
    'Trains a SimpleRNN, one-directional or bidirectional, on a task whose answer lies in the ' +
    'future of the sequence (name the symbol k steps ahead), next to the accuracy a left-to-right ' +
    'reader can reach at best, with a table of finished runs.',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'ahead',
      description: 'Unique in the lesson; prefixes its settings in the link.',
    },
    {
      name: 'bidirectional',
      type: 'boolean',
      example: false,
      description: 'Whether the first run is bidirectional.',
    },
  ],
};
