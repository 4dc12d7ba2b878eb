import type { WidgetSpec } from '../../lesson/widgetSpec';

export const gradientScaleLabSpec: WidgetSpec = {
  name: 'GradientScaleLab',
  description:
    'Vanishing and exploding gradients, computed exactly: a SimpleRNN with recurrent matrix ρ·Q ' +
    '(Q orthogonal) and a slider for ρ, the number of steps, the input amplitude and the hidden ' +
    'size; ‖∂L/∂h(t)‖ or ‖∂h(T)/∂h(t)‖ per step on a log scale beside the bound ρ^(T−t), with the ' +
    'vanishing and exploding ranges shaded.',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'scale',
      description:
        'Unique within the lesson; prefixes the settings kept in the URL (scale.rho=1.2).',
    },
    {
      name: 'rho',
      type: 'number',
      min: 0.1,
      max: 2,
      example: 0.9,
      description: 'The recurrent scale ρ shown first (the URL setting wins when present).',
    },
  ],
};
