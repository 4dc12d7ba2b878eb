import type { WidgetSpec } from '../../lesson/widgetSpec';

export const checkQuestionSpec: WidgetSpec = {
  name: 'CheckQuestion',
  description:
    'A check-yourself question: the student picks a choice or types a number, presses Check, and ' +
    'the page says right or wrong; the explanation appears when right or after two wrong tries.',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'params',
      description: 'Unique within the lesson; names the question in the page.',
    },
    {
      name: 'kind',
      type: 'enum',
      values: ['choice', 'number'],
      required: true,
      example: 'number',
      description: '"choice": pick one of `choices`; "number": type a number.',
    },
    {
      name: 'question',
      type: 'string',
      required: true,
      example: 'How many parameters does the layer have?',
      description: 'The question, in the language of the lesson file.',
    },
    {
      name: 'choices',
      type: 'string[]',
      example: ['(32, 4)', '(32, 8)', '(4, 8)'],
      description: 'The options of a choice question, in order.',
    },
    {
      name: 'answer',
      type: 'number',
      required: true,
      example: 36,
      description: 'Index (from 0) of the right choice, or the right number.',
    },
    {
      name: 'tolerance',
      type: 'number',
      min: 0,
      example: 0,
      description: 'Number questions: an answer within this absolute distance counts as right.',
    },
    {
      name: 'explanation',
      type: 'string',
      required: true,
      example: '4·4 + 4·4 + 4 = 36.',
      description: 'Shown after a right answer or after two wrong tries.',
    },
    {
      name: 'hint',
      type: 'string',
      example: 'Count the entries of W_xh, W_hh and b.',
      description: 'Shown after the first wrong try.',
    },
  ],
};
