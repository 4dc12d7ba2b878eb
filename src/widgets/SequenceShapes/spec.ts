import type { WidgetSpec } from '../../lesson/widgetSpec';
import { RNN_SHAPES } from '../../viz/unrolledLayout';

export const sequenceShapesSpec: WidgetSpec = {
  name: 'SequenceShapes',
  description:
    'Pick one of six input/output shapes (one-to-one, one-to-many, many-to-one, delayed and ' +
    'synchronized many-to-many, encoder–decoder): the unrolled network redraws, and a panel lists ' +
    'where inputs enter, which outputs feed the loss, which are computed but ignored, the other ' +
    'name in the notes, examples and the Keras recipe.',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'shapes',
      description:
        'Unique within the lesson; prefixes the settings kept in the URL (shapes.shape=manyToOne).',
    },
    {
      name: 'shape',
      type: 'enum',
      values: RNN_SHAPES,
      example: 'manyToOne',
      description: 'The shape shown first (the URL setting wins when present).',
    },
  ],
};
