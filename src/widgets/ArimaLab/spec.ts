import type { WidgetSpec } from '../../lesson/widgetSpec';

export const arimaLabSpec: WidgetSpec = {
  name: 'ArimaLab',
  description:
    'ARIMA(p,d,q) on the 36-month sales series (public/data/shampoo-sales.csv), fitted in a Web ' +
    'Worker on a button press: the differenced series, the coefficients, the residuals with ' +
    'their summary and density, and the walk-forward one-step forecast of the last 13 months ' +
    'with its test MSE.',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'arima',
      description: 'Unique within the lesson; prefixes the settings in the URL.',
    },
  ],
};
