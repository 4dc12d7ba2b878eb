/**
 * Greedy free-running generation through the public predict() (one call per prefix) against the
 * model's own prefix-pass construction (model/feed.ts, itself checked against a step-by-step
 * reference): the ids generated at step t − 1 are the inputs fed at step t.
 */
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, expect, it } from 'vitest';
import { createRng } from '../rng';
import { createModel } from '../model';
import { feedMask, feedPredictions } from '../model/feed';
import { readBatch } from '../model/batch';
import { makeCells, viewArrays } from '../model/network';
import type { ModelConfig } from '../types';
import { freeRunIds, idAccuracy } from './figures';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

it('freeRunIds generates what the training-time feeding feeds', () => {
  const config: ModelConfig = {
    input: { kind: 'oneHot', vocabSize: 6 },
    timesteps: null,
    layers: [{ cell: 'lstm', units: 5, returnSequences: true }],
    head: { kind: 'everyStep', units: 6, activation: 'linear' },
    seed: 3,
  };
  const model = createModel(config);
  for (const w of model.weightArrays()) for (let i = 0; i < w.length; i++) w[i] *= 3;
  const rng = createRng(4);
  const n = 5;
  const T = 8;
  const x = Int32Array.from({ length: n * T }, () => rng.int(6));
  const generated = freeRunIds(model, { x, xShape: [n, T], y: x, yShape: [n, T] });
  const batch = readBatch(config, { values: x, shape: [n, T] }, 0, n);
  const w = viewArrays(config, model.specs, model.weightArrays());
  const fed = feedPredictions(config, makeCells(config), w, batch, feedMask(T, n, 1, 0), null);
  const ids = fed.ids as Int32Array;
  for (let i = 0; i < n; i++) {
    expect(ids[i]).toBe(x[i * T]);
    for (let t = 1; t < T; t++) expect(generated[i * T + t - 1]).toBe(ids[t * n + i]);
  }
  expect(new Set(generated).size).toBeGreaterThan(1);
  expect(idAccuracy([1, 2, 3, 4], [1, 0, 3, 0])).toBe(0.5);
});
