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
