import type { WidgetSpec } from '../../lesson/widgetSpec';

export const baselineLabSpec: WidgetSpec = {
  name: 'BaselineLab',
  description:
    "The naive (last value) and linear (least squares on all inputs) forecasts on the notes' " +
    'two-sine generator, computed in a Web Worker on a button press: validation and test MSE ' +
    "beside the notes' 0.0202, one validation series with both forecasts, and the linear weights.",
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'baselines',
      description: 'Unique within the lesson; prefixes the settings in the URL.',
    },
  ],
};
