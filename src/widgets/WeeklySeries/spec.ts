import type { WidgetSpec } from '../../lesson/widgetSpec';

export const weeklySeriesSpec: WidgetSpec = {
  name: 'WeeklySeries',
  description:
    "The notes' weekly table (searches and stock price, 23 weeks) as a series: both columns on " +
    'their own axes or scaled onto one, switchable, with the table, their correlation, and the ' +
    'weeks a fixed window would feed a predictor of a chosen week.',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'weekly',
      description: 'Unique within the lesson; prefixes the settings in the URL.',
    },
  ],
};
