import type { WidgetSpec } from '../../lesson/widgetSpec';

export const armaSimulatorSpec: WidgetSpec = {
  name: 'ArmaSimulator',
  description:
    'Seeded simulation of AR(p), MA(q) and ARMA(p,q) with p, q ≤ 2 and coefficient sliders: the ' +
    'series, its sample autocorrelation beside the theoretical one, the model written out, and a ' +
    'warning when the AR coefficients leave the stationary region.',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'arma',
      description: 'Unique within the lesson; prefixes the settings in the URL.',
    },
    {
      name: 'p',
      type: 'number',
      min: 0,
      max: 2,
      example: 1,
      description: 'AR order shown first, unless the link sets one (0–2).',
    },
    {
      name: 'q',
      type: 'number',
      min: 0,
      max: 2,
      example: 0,
      description: 'MA order shown first, unless the link sets one (0–2).',
    },
  ],
};
