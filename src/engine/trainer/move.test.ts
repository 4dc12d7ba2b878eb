/**
 * Moving a run to another backend (after a lost WebGL context): nothing of the run is lost. With
 * plain SGD (no optimizer state to rebuild), a run that moves half-way must end where an
 * uninterrupted run ends, up to the float32 rounding of the weight snapshot it moves with (as a
 * checkpoint does); weights that came back non-finite are replaced by the last good ones.
 */
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createModel, type RecurrentModel } from '../model';
import { createRng } from '../rng';
import type { DataSplit, EngineMessage, ModelConfig, TrainConfig } from '../types';
import { Trainer } from './index';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function sineData(n: number, T: number, seed: number): DataSplit {
  const rng = createRng(seed);
  const make = (m: number) => {
    const x = new Float32Array(m * T);
    const y = new Float32Array(m);
    for (let i = 0; i < m; i++) {
      const phase = rng.next() * 6;
      for (let t = 0; t < T; t++) x[i * T + t] = Math.sin(phase + 0.5 * t);
      y[i] = Math.sin(phase + 0.5 * T);
    }
    return { x, xShape: [m, T, 1], y, yShape: [m, 1] };
  };
  return { train: make(n), valid: make(n / 4) };
}

const model: ModelConfig = {
  input: { kind: 'dense', features: 1 },
  timesteps: 6,
  layers: [{ cell: 'lstm', units: 4, returnSequences: false }],
  head: { kind: 'last', units: 1, activation: 'linear' },
  seed: 3,
};
const train: TrainConfig = {
  optimizer: 'sgd',
  learningRate: 0.1,
  batchSize: 8,
  epochs: 2,
  loss: 'mse',
  metric: 'mse',
  clipNorm: null,
  tbpttWindow: null,
  seed: 5,
};
const moved: EngineMessage = {
  code: 'backend.lost',
  severity: 'warning',
  params: { failed: 'webgl', running: 'cpu' },
};

function trainer(data: DataSplit): Trainer {
  return new Trainer({ model, train, data, createModel, historyEvery: 1, checkpointEvery: 2 });
}

describe('Trainer.moveToCurrentBackend', () => {
  it('keeps history, position and weights: the moved run ends where an unmoved one does', async () => {
    const data = sineData(64, 6, 1);
    const straight = trainer(data);
    for (let i = 0; i < 6; i++) await straight.stepBatch();
    const mover = trainer(data);
    for (let i = 0; i < 3; i++) await mover.stepBatch();
    const modelBefore = mover.engineModel;
    await mover.moveToCurrentBackend(moved);
    expect(mover.engineModel).not.toBe(modelBefore);
    const snap = mover.snapshot();
    expect(snap.state).toBe('paused');
    expect(snap.message).toEqual(moved);
    expect(snap.step).toBe(3);
    expect(snap.history).toHaveLength(3);
    for (let i = 0; i < 3; i++) await mover.stepBatch();
    const h1 = straight.snapshot().history;
    const h2 = mover.snapshot().history;
    expect(h2.map((p) => p.step)).toEqual(h1.map((p) => p.step));
    // The first three points are the same numbers; after the move they agree to float32 rounding.
    expect(h2.slice(0, 3)).toEqual(h1.slice(0, 3));
    h2.forEach((p, i) => expect(Math.abs(p.loss - h1[i].loss)).toBeLessThan(1e-6));
    const a = straight.engineModel.getWeights();
    const b = mover.engineModel.getWeights();
    for (const name of Object.keys(a)) {
      a[name].values.forEach((v, i) => expect(Math.abs(b[name].values[i] - v)).toBeLessThan(1e-6));
    }
    await straight.dispose();
    await mover.dispose();
  });

  it('replaces weights that came back non-finite by the last good ones', async () => {
    const data = sineData(64, 6, 2);
    const run = trainer(data);
    for (let i = 0; i < 3; i++) await run.stepBatch();
    const good = run.lastGoodWeights;
    expect(good).not.toBeNull();
    (run.engineModel as RecurrentModel).weightArrays()[0][0] = NaN;
    await run.moveToCurrentBackend(moved);
    const now = run.engineModel.getWeights();
    for (const name of Object.keys(now)) expect(now[name].values).toEqual(good![name].values);
    await run.stepBatch();
    expect(Number.isFinite(run.snapshot().history.at(-1)!.loss)).toBe(true);
    await run.dispose();
  });
});
