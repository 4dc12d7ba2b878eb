import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import type { DataSplit, ModelConfig, TrainConfig, TrainerSnapshot } from '../types';
import { ConfigError, Trainer, validateConfig } from './index';
import { ToyLinearModel } from './toyModel.test-helper';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** y = Σ a_t x_t + noise: a linear problem the toy model can solve exactly. */
function linearData(n: number, T: number, seed: number, scale = 1): DataSplit {
  const rng = createRng(seed);
  const coef = Array.from({ length: T }, () => rng.normal());
  const make = (m: number) => {
    const x = new Float32Array(m * T);
    const y = new Float32Array(m);
    for (let i = 0; i < m; i++) {
      let s = 0;
      for (let t = 0; t < T; t++) {
        x[i * T + t] = scale * rng.normal();
        s += coef[t] * x[i * T + t];
      }
      y[i] = s + 0.01 * rng.normal();
    }
    return { x, xShape: [m, T, 1], y, yShape: [m, 1] };
  };
  return { train: make(n), valid: make(Math.floor(n / 4)) };
}

const model: ModelConfig = {
  input: { kind: 'dense', features: 1 },
  timesteps: 5,
  layers: [{ cell: 'simpleRnn', units: 4, returnSequences: false }],
  head: { kind: 'last', units: 1, activation: 'linear' },
  seed: 1,
};
const train: TrainConfig = {
  optimizer: 'sgd',
  learningRate: 0.05,
  batchSize: 16,
  epochs: 3,
  loss: 'mse',
  metric: 'mse',
  clipNorm: null,
  tbpttWindow: null,
  seed: 7,
};

const toy = (m: ModelConfig) => new ToyLinearModel(m);

describe('validateConfig', () => {
  const data = linearData(64, 5, 1);
  it('accepts the reference configuration', () => {
    expect(validateConfig(model, train, data)).toEqual([]);
  });

  it('names the setting, its range and the value', () => {
    const bad: ModelConfig = { ...model, layers: [{ ...model.layers[0], units: 0 }] };
    expect(validateConfig(bad, train, data)).toContainEqual({
      code: 'invalid.units',
      params: { min: 1, max: 512, value: 0, layer: 0 },
      severity: 'error',
    });
    const codes = (m: ModelConfig, t: TrainConfig) => validateConfig(m, t, data).map((e) => e.code);
    expect(codes({ ...model, timesteps: 60 }, train)).toContain('invalid.timesteps');
    expect(
      codes(
        {
          ...model,
          layers: Array(9)
            .fill(model.layers[0])
            .map((l, i) => ({ ...l, returnSequences: i < 8 })),
        },
        train,
      ),
    ).toContain('invalid.layers');
    expect(codes(model, { ...train, batchSize: 65 })).toContain('invalid.batchSize');
    expect(codes(model, { ...train, learningRate: 0 })).toContain('invalid.learningRate');
    expect(codes(model, { ...train, learningRate: 10.5 })).toContain('invalid.learningRate');
    expect(codes(model, { ...train, learningRate: 10 })).toEqual([]);
    expect(
      codes({ ...model, layers: [{ ...model.layers[0], cell: 'transformer' as never }] }, train),
    ).toContain('invalid.cell');
    expect(codes(model, { ...train, optimizer: 'lbfgs' as never })).toContain('invalid.optimizer');
    expect(codes(model, { ...train, loss: 'hinge' as never })).toContain('invalid.loss');
    const cellMessage = validateConfig(
      { ...model, layers: [{ ...model.layers[0], cell: 'x' as never }] },
      train,
      data,
    )[0];
    expect(cellMessage.params?.allowed).toBe('simpleRnn, lstm, gru, lnSimpleRnn');
  });

  it('the trainer refuses an invalid configuration before building a model', () => {
    let built = 0;
    expect(
      () =>
        new Trainer({
          model,
          train: { ...train, batchSize: 0 },
          data,
          createModel: (m) => {
            built++;
            return toy(m);
          },
        }),
    ).toThrow(ConfigError);
    expect(built).toBe(0);
  });
});

describe('Trainer', () => {
  it('trains epochs of seeded batches, validates each epoch and ends done', async () => {
    const data = linearData(200, 5, 2);
    const trainer = new Trainer({ model, train, data, createModel: toy, historyEvery: 5 });
    expect(trainer.batchesPerEpoch).toBe(13); // Keras keeps the last partial batch: ⌈200/16⌉
    await trainer.play();
    const snap = trainer.snapshot();
    expect(snap.state).toBe('done');
    expect(snap.step).toBe(39);
    const epochs = snap.history.filter((p) => p.valLoss !== undefined);
    expect(epochs.map((p) => p.epoch)).toEqual([1, 2, 3]);
    expect(epochs[2].valLoss!).toBeLessThan(epochs[0].valLoss! * 0.5);
    // The history's validation loss is what a fresh evaluation gives.
    expect(trainer.evaluate('valid').loss).toBeCloseTo(epochs[2].valLoss!, 6);
    await trainer.dispose();
  });

  it('is deterministic for a seed and differs for another', async () => {
    const data = linearData(100, 5, 3);
    const run = async (seed: number) => {
      const t = new Trainer({ model, train: { ...train, seed }, data, createModel: toy });
      await t.play();
      const losses = t.snapshot().history.map((p) => p.loss);
      await t.dispose();
      return losses;
    };
    const a = await run(1);
    expect(await run(1)).toEqual(a);
    expect(await run(2)).not.toEqual(a);
  });

  it('stepBatch and stepEpoch advance by exactly one batch and one epoch', async () => {
    const data = linearData(64, 5, 4);
    const trainer = new Trainer({ model, train: { ...train, epochs: 5 }, data, createModel: toy });
    let s = await trainer.stepBatch();
    expect([s.step, s.batch, s.epoch, s.state]).toEqual([1, 1, 0, 'paused']);
    s = await trainer.stepEpoch();
    expect([s.step, s.batch, s.epoch]).toEqual([4, 0, 1]);
    s = await trainer.stepEpoch();
    expect([s.step, s.epoch]).toEqual([8, 2]);
    await trainer.dispose();
  });

  it('pause stops a running play; setHyper applies between steps', async () => {
    const data = linearData(4000, 5, 5);
    const trainer = new Trainer({
      model,
      train: { ...train, batchSize: 1, epochs: 2 },
      data,
      createModel: toy,
    });
    const running = trainer.play();
    await new Promise((r) => setTimeout(r, 30));
    trainer.pause();
    await running;
    const s = trainer.snapshot();
    expect(s.state).toBe('paused');
    expect(s.step).toBeGreaterThan(0);
    expect(s.step).toBeLessThan(8000);
    trainer.setHyper({ learningRate: 0.01 });
    expect(trainer.config.train.learningRate).toBe(0.01);
    expect(() => trainer.setHyper({ learningRate: -1 })).toThrow(ConfigError);
    await trainer.dispose();
  });

  it('stops on divergence and restores the last good weights', async () => {
    const data = linearData(400, 5, 6, 10);
    const snaps: TrainerSnapshot[] = [];
    const trainer = new Trainer({
      model,
      train: { ...train, learningRate: 5, epochs: 50 },
      data,
      createModel: toy,
      onSnapshot: (s) => snaps.push(s),
      checkpointEvery: 1,
    });
    const before = trainer.engineModel.getWeights();
    await trainer.play();
    const s = trainer.snapshot();
    expect(s.state).toBe('diverged');
    expect(s.message?.code).toBe('train.diverged');
    expect(s.message?.params?.advice).toBe('lowerLearningRateOrClip');
    const w = trainer.engineModel.getWeights();
    expect(Array.from(w.w.values).every(Number.isFinite)).toBe(true);
    // Restored weights still predict finitely on the data.
    expect(Number.isFinite(trainer.evaluate('valid').loss)).toBe(true);
    expect(w.w.values).not.toEqual(before.w.values);
    expect(snaps[snaps.length - 1].state).toBe('diverged');
    // New settings let training go on from the restored weights.
    trainer.setHyper({ learningRate: 0.001 });
    expect(trainer.snapshot().state).toBe('paused');
    await trainer.dispose();
  });

  it('sends at most one snapshot per interval, plus state changes', async () => {
    let clock = 0;
    const data = linearData(320, 5, 7);
    const snaps: TrainerSnapshot[] = [];
    const trainer = new Trainer({
      model,
      train: { ...train, batchSize: 1, epochs: 1 },
      data,
      createModel: toy,
      onSnapshot: (s) => snaps.push(s),
      // Each call advances the clock by 1 ms: 320 steps take well over 320 ms of "time".
      now: () => (clock += 1),
    });
    await trainer.play();
    const elapsed = clock;
    // At most one per 33 ms, plus the start and the end.
    expect(snaps.length).toBeLessThanOrEqual(Math.ceil(elapsed / 33) + 2);
    expect(snaps.length).toBeGreaterThan(2);
    expect(snaps[snaps.length - 1].state).toBe('done');
    await trainer.dispose();
  });

  it('takes traces only when asked, every N steps', async () => {
    const data = linearData(64, 5, 8);
    const trainer = new Trainer({ model, train, data, createModel: toy });
    let calls = 0;
    const m = trainer.engineModel;
    const original = m.trace.bind(m);
    m.trace = (...args) => {
      calls++;
      return original(...args);
    };
    await trainer.stepEpoch();
    expect(calls).toBe(0);
    const first = trainer.requestTrace({ sample: 3, every: 2, gradients: false });
    expect(first?.sample).toBe(3);
    await trainer.stepEpoch();
    expect(calls).toBe(1 + 2);
    expect(trainer.snapshot().trace?.step).toBe(8);
    await trainer.dispose();
  });

  it('pushes each trace with one snapshot, not with every one; snapshot() keeps it', async () => {
    let clock = 0;
    const data = linearData(320, 5, 11);
    const snaps: TrainerSnapshot[] = [];
    const trainer = new Trainer({
      model,
      train: { ...train, batchSize: 1, epochs: 1 },
      data,
      createModel: toy,
      onSnapshot: (s) => snaps.push(s),
      now: () => (clock += 1),
    });
    trainer.requestTrace({ sample: 2, every: 100, gradients: false });
    await trainer.play();
    const carrying = snaps.filter((s) => s.trace !== undefined);
    // Taken on request (step 0) and at steps 100, 200 and 300: four traces, each pushed once.
    expect(carrying.map((s) => s.trace?.step)).toEqual([0, 100, 200, 300]);
    expect(snaps.length).toBeGreaterThan(2 * carrying.length);
    expect(trainer.snapshot().trace?.step).toBe(300);
    await trainer.dispose();
  });

  it('leaks no tensors over training, reset and dispose', async () => {
    const data = linearData(64, 5, 9);
    const baseline = tf.memory().numTensors;
    const trainer = new Trainer({ model, train, data, createModel: toy });
    await trainer.stepEpoch();
    trainer.requestTrace({ sample: 0, every: 1, gradients: false });
    await trainer.stepEpoch();
    const during = tf.memory().numTensors;
    await trainer.reset();
    await trainer.stepEpoch();
    expect(tf.memory().numTensors).toBe(during);
    expect(trainer.snapshot().step).toBe(4);
    await trainer.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('rebuilds the model on a structural change', async () => {
    const data = linearData(64, 5, 10);
    let built = 0;
    const trainer = new Trainer({
      model,
      train,
      data,
      createModel: (m) => {
        built++;
        return toy(m);
      },
    });
    await trainer.stepEpoch();
    await trainer.setConfig({ train: { learningRate: 0.01 } });
    expect(built).toBe(1);
    expect(trainer.snapshot().step).toBe(4);
    await trainer.setConfig({ train: { batchSize: 8 } });
    expect(built).toBe(2);
    expect(trainer.snapshot().step).toBe(0);
    expect(trainer.batchesPerEpoch).toBe(8);
    await expect(trainer.setConfig({ train: { batchSize: 1000 } })).rejects.toThrow(ConfigError);
    await trainer.dispose();
  });
});
