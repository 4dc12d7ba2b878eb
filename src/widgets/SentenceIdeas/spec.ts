import type { WidgetSpec } from '../../lesson/widgetSpec';

export const sentenceIdeasSpec: WidgetSpec = {
  name: 'SentenceIdeas',
  description:
    'Two editable sentences turned into vectors by a fixed window, a bag of words or one big ' +
    'window, side by side, with whether the two vectors are identical and, for the big window, ' +
    'how many parameters it needs compared with one shared matrix.',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'bag',
      description: 'Unique within the lesson.',
    },
    {
      name: 'sentences',
      type: 'string[]',
      required: true,
      example: ['The food was good, not bad at all.', 'The food was bad, not good at all.'],
      description: 'Exactly two sentences to compare, in the language of the lesson.',
    },
    {
      name: 'idea',
      type: 'enum',
      values: ['fixedWindow', 'bagOfWords', 'bigWindow'],
      example: 'bagOfWords',
      description: 'The idea shown first; the student can switch.',
    },
    {
      name: 'window',
      type: 'number',
      min: 1,
      max: 6,
      example: 3,
      description: 'Words in the fixed or big window at first (1–6).',
    },
  ],
};
