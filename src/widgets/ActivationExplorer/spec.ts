import type { WidgetSpec } from '../../lesson/widgetSpec';

export const activationExplorerSpec: WidgetSpec = {
  name: 'ActivationExplorer',
  description:
    'Sigmoid, tanh and ReLU with their derivatives on [−6, 6], an input slider that reads all of ' +
    'them at one x, and the product of T derivatives on a log scale beside the loop h ← φ(w·h), ' +
    "so sigmoid's gradient is seen to vanish and ReLU's to blow up when w > 1.",
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'act',
      description: 'Unique within the lesson; prefixes the settings kept in the URL (act.x=1.5).',
    },
  ],
};
