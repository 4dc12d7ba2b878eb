import type { WidgetSpec } from '../../lesson/widgetSpec';

/** Character experiments the lab can train (each predicts the next character at every step). */
export const CHAR_EXPERIMENTS = ['hello', 'hihello', 'if-you-want-you', 'long-sentence'] as const;

export const charLabSpec: WidgetSpec = {
  name: 'CharLab',
  description:
    'Trains a character model live (full-batch Adam, lr 0.1 as in the notes) and shows, per ' +
    'position, the input character, the top predictions, right or wrong, the decoded prediction ' +
    'and the path of the hidden state (drawn raw when it has two units).',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'hihello',
      description: 'Unique in the lesson; prefixes its settings in the link.',
    },
    {
      name: 'experiment',
      type: 'enum',
      values: CHAR_EXPERIMENTS,
      required: true,
      example: 'hihello',
      description: 'The character experiment to train.',
    },
    {
      name: 'units',
      type: 'number',
      example: 2,
      description: 'Hidden size to start with (1–32); the student can change it.',
    },
  ],
};
