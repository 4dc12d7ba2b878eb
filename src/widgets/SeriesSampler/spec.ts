import type { WidgetSpec } from '../../lesson/widgetSpec';

export const seriesSamplerSpec: WidgetSpec = {
  name: 'SeriesSampler',
  description:
    "Three series of the notes' generate_time_series (two sines plus noise) from a seed kept in " +
    'the link: the 50 input steps and the 10 to forecast, shaded, with a table view.',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'samples',
      description: 'Unique in the lesson; prefixes its seed in the link.',
    },
  ],
};
