/**
 * The course's named experiments with the notes' configurations: one registry shared by the lab CLI,
 * the worker and the lessons. The families live in ./experiments/ (time series, characters,
 * sentiment, long-range memory, sequence to sequence); this module keeps their order, the order the
 * course meets them, and the lookups everyone imports.
 */
import {
  CHARACTER_EXPERIMENTS,
  FREE_RUNNING_EXPERIMENTS,
  MOBY_DICK,
} from './experiments/characters';
import { MEMORY_EXPERIMENTS } from './experiments/memory';
import { SENTIMENT_EXPERIMENTS } from './experiments/sentiment';
import { SEQ2SEQ_EXPERIMENTS } from './experiments/seq2seq';
import { SERIES_EXPERIMENTS } from './experiments/series';
import type { Experiment } from './experiments/types';

export type {
  Bilingual,
  DataOptions,
  Experiment,
  PreparedData,
  Reported,
} from './experiments/types';

const EXPERIMENTS: Experiment[] = [
  ...SERIES_EXPERIMENTS,
  ...CHARACTER_EXPERIMENTS,
  ...FREE_RUNNING_EXPERIMENTS,
  ...SENTIMENT_EXPERIMENTS,
  ...MEMORY_EXPERIMENTS,
  MOBY_DICK,
  ...SEQ2SEQ_EXPERIMENTS,
];

/** Every experiment, in the order the course meets them. */
export function listExperiments(): readonly Experiment[] {
  return EXPERIMENTS;
}

/** The experiment with this id, or undefined. */
export function getExperiment(id: string): Experiment | undefined {
  return EXPERIMENTS.find((e) => e.id === id);
}

/** The experiment with its model and training seeds replaced (and epochs, when given). */
export function withOverrides(e: Experiment, over: { seed?: number; epochs?: number }): Experiment {
  if (!e.model || !e.train) return e;
  return {
    ...e,
    model: { ...e.model, seed: over.seed ?? e.model.seed },
    train: { ...e.train, seed: over.seed ?? e.train.seed, epochs: over.epochs ?? e.train.epochs },
  };
}
