import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import type { TrainerSnapshot } from '../engine/types';
import { TrainerHost } from './host';

describe('TrainerHost (the worker without the worker)', () => {
  it('refuses a bad configuration with messages before building anything', async () => {
    const host = new TrainerHost();
    const r = await host.create({
      experiment: 'hihello',
      train: { learningRate: 0 },
      backend: 'cpu',
    });
    expect(r.ok).toBe(false);
    expect(r.messages.map((m) => m.code)).toContain('invalid.learningRate');
    const unknown = await host.create({ experiment: 'nope', backend: 'cpu' });
    expect(unknown.messages[0].code).toBe('experiment.unknown');
  });

  it('creates a named experiment, trains it and reports snapshots and predictions', async () => {
    const host = new TrainerHost();
    const snaps: TrainerSnapshot[] = [];
    host.onSnapshot((s) => snaps.push(s));
    const r = await host.create({ experiment: 'hihello', train: { epochs: 60 }, backend: 'cpu' });
    expect(r.ok).toBe(true);
    expect(r.backend).toBe('cpu');
    expect(r.chars).toEqual(['h', 'i', 'e', 'l', 'o']);
    expect(r.paramCount).toBeGreaterThan(0);
    const baseline = tf.memory().numTensors;
    await host.play();
    expect(snaps[snaps.length - 1].state).toBe('done');
    expect(host.evaluate('valid').metric).toBe(1);
    const p = host.predict([0]);
    expect(p.shape).toEqual([1, 6, 5]);
    const ids = Array.from({ length: 6 }, (_, t) => {
      const row = Array.from(p.values.subarray(t * 5, t * 5 + 5));
      return row.indexOf(Math.max(...row));
    });
    expect(ids.map((i) => r.chars![i]).join('')).toBe('ihello');
    const trace = host.requestTrace({ sample: 0, every: 5, gradients: false });
    expect(trace?.layers[0].hidden.length).toBe(6);
    expect(host.setHyper({ learningRate: 20 })[0].code).toBe('invalid.learningRate');
    await host.reset();
    expect(host.snapshot()?.step).toBe(0);
    expect(tf.memory().numTensors).toBe(baseline);
    await host.dispose();
    expect(host.snapshot()).toBeNull();
  });

  it('starts from a shipped checkpoint', async () => {
    const host = new TrainerHost();
    const r = await host.create({
      experiment: 'hihello',
      checkpoint: 'models/hihello',
      backend: 'cpu',
    });
    expect(r.ok).toBe(true);
    // Untrained, the seeded model is wrong; the checkpoint's weights are right at once.
    expect(host.evaluate('valid').metric).toBe(1);
    await host.dispose();
  });

  it('predicts on inputs the page supplies, and refuses malformed ones with messages', async () => {
    const host = new TrainerHost();
    await host.create({ experiment: 'hihello', checkpoint: 'models/hihello', backend: 'cpu' });
    const valid = host.predict([0]);
    // 'hihell' as ids in the run's alphabet h, i, e, l, o: the same input as validation sample 0.
    const typed = host.predictInputs({ values: [0, 1, 0, 2, 3, 3], shape: [1, 6] });
    expect(typed.ok).toBe(true);
    if (typed.ok) expect(Array.from(typed.values)).toEqual(Array.from(valid.values));
    const bad = [
      { values: [0, 1, 0], shape: [1, 3] },
      { values: [0, 1, 0, 2, 3, 9], shape: [1, 6] },
      { values: [0, 1, 0, 2, 3, 0.5], shape: [1, 6] },
      { values: [0, 1, 0, 2, 3, Number.NaN], shape: [1, 6] },
      { values: [0, 1], shape: [2, 6] },
      { values: [], shape: [] },
    ];
    for (const input of bad) {
      const r = host.predictInputs(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.messages[0].code).toMatch(/^input\./);
    }
    await host.dispose();
  });
});

describe('TrainerHost: saving, restoring and model files', () => {
  it('exports the run as a checkpoint and recreates it from those weights', async () => {
    const trained = new TrainerHost();
    await trained.create({ experiment: 'hihello', checkpoint: 'models/hihello', backend: 'cpu' });
    await trained.stepBatch();
    const saved = trained.exportCheckpoint();
    expect(saved).not.toBeNull();
    if (!saved) return;
    expect(saved.history.length).toBeGreaterThan(0);
    const want = trained.predict([0]);

    const host = new TrainerHost();
    expect(host.exportCheckpoint()).toBeNull();
    const r = await host.createFromWeights(
      { model: saved.model, train: saved.train, data: await hihelloData(), backend: 'cpu' },
      saved.weights,
    );
    expect(r.ok).toBe(true);
    // The engine trains in float64; a snapshot holds float32, so outputs agree to float32 precision.
    const close = (values: Float32Array) =>
      Array.from(values).forEach((v, i) => expect(v).toBeCloseTo(want.values[i], 5));
    close(host.predict([0]).values);
    const restored = Array.from(host.predict([0]).values);

    // Weights of another model are refused before anything is replaced: the run stays.
    const first = Object.keys(saved.weights)[0];
    const wrong = {
      ...saved.weights,
      [first]: { values: new Float32Array(3), shape: [3] },
    };
    const refused = await host.createFromWeights({ experiment: 'hihello', backend: 'cpu' }, wrong);
    expect(refused.ok).toBe(false);
    expect(refused.messages[0].code).toBe('weights.shape');
    expect(Array.from(host.predict([0]).values)).toEqual(restored);

    // Into a run that already exists (a reopened experiment): checked the same way.
    await host.create({ experiment: 'hihello', backend: 'cpu' });
    const fresh = Array.from(host.predict([0]).values);
    expect(host.setRunWeights(wrong)[0].code).toBe('weights.shape');
    expect(Array.from(host.predict([0]).values)).toEqual(fresh);
    expect(host.setRunWeights(saved.weights)).toEqual([]);
    expect(Array.from(host.predict([0]).values)).toEqual(restored);
    await Promise.all([trained.dispose(), host.dispose()]);
  });

  it('exports model files and imports them into a fresh run; bad files leave the weights alone', async () => {
    const trained = new TrainerHost();
    await trained.create({ experiment: 'hihello', checkpoint: 'models/hihello', backend: 'cpu' });
    const files = await trained.exportModelFiles();
    expect(files.format).toBe('tfjs-layers');
    const want = Array.from(trained.predict([0]).values);

    const host = new TrainerHost();
    await host.create({ experiment: 'hihello', backend: 'cpu' });
    const untrained = Array.from(host.predict([0]).values);
    expect(untrained).not.toEqual(want);
    const bad = host.importModelFiles({ modelJson: '{"format":', weights: files.weights });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.messages[0].code).toBe('modelFile.notJson');
    const short = host.importModelFiles({
      modelJson: files.modelJson,
      weights: files.weights.slice(4),
    });
    expect(short.ok).toBe(false);
    expect(Array.from(host.predict([0]).values)).toEqual(untrained);

    const ok = host.importModelFiles({ modelJson: files.modelJson, weights: files.weights });
    expect(ok.ok).toBe(true);
    expect(Array.from(host.predict([0]).values)).toEqual(want);
    expect(host.evaluate('valid').metric).toBe(1);
    await Promise.all([trained.dispose(), host.dispose()]);
  });
});

/** The hihello data as the experiment prepares it, for a custom run. */
async function hihelloData() {
  const { getExperiment } = await import('../engine/experiments');
  const e = getExperiment('hihello');
  if (!e) throw new Error('hihello experiment missing');
  return (await e.data()).split;
}
