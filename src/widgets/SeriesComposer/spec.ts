import type { WidgetSpec } from '../../lesson/widgetSpec';

export const seriesComposerSpec: WidgetSpec = {
  name: 'SeriesComposer',
  description:
    'Sliders for trend, cycle, season and (seeded) noise build a 120-month series; the 12-month ' +
    'moving average, the components on their own, and the mean and variance of each half, read ' +
    'as regular (stationary) or irregular.',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'compose',
      description: 'Unique within the lesson; prefixes the settings in the URL.',
    },
  ],
};
