import type { WidgetSpec } from '../../lesson/widgetSpec';

export const teacherForcingLabSpec: WidgetSpec = {
  name: 'TeacherForcingLab',
  description:
    'Trains two character models side by side on the long sentence (windows of 10): one with ' +
    'teacher forcing (it reads the true previous character) and one free running (it reads its ' +
    'own previous prediction). Shows both loss curves, their teacher-forced accuracy, and the ' +
    'text each generates from the same prompt next to the true continuation.',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'forcing',
      description: 'Unique in the lesson; prefixes its settings in the link.',
    },
  ],
};
