import type { WidgetSpec } from '../../lesson/widgetSpec';
import { RACE_MODELS } from './models';

export const forecastRaceSpec: WidgetSpec = {
  name: 'ForecastRace',
  description:
    'Trains the chosen series experiments one after another in one worker and fills a table of ' +
    "validation MSE as each finishes, beside the notes' figures and the naive and linear " +
    'baselines (next value, ten at once, ten fed back) computed in the page on the same split.',
  props: [
    {
      name: 'id',
      type: 'string',
      required: true,
      example: 'race',
      description: 'Unique in the lesson; prefixes its settings (epochs, seed) in the link.',
    },
    {
      name: 'models',
      type: 'string[]',
      required: true,
      example: ['ts-simple-rnn-1', 'ts-deep-rnn'],
      description: `Experiments to race, in order: ${RACE_MODELS.join(', ')}.`,
    },
    {
      name: 'baselines',
      type: 'boolean',
      example: true,
      description:
        'Show the naive and linear baselines for the tasks the models solve (default on).',
    },
    {
      name: 'epochs',
      type: 'number',
      min: 1,
      max: 20,
      example: 1,
      description: 'Default epochs per model (the student can change it; the notes use 20).',
    },
  ],
};
