/**
 * Saved runs in a real IndexedDB implementation (fake-indexeddb, which follows the spec's
 * transaction rules): saving, listing, reopening, renaming and deleting, and the failures a
 * browser produces: a full quota (the transaction aborts), storage that cannot be opened, and no
 * IndexedDB at all. None of them loses a run saved before.
 */
import 'fake-indexeddb/auto';
import { createStore, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { ModelConfig, TrainConfig } from '../../engine/types';
import type { DataDescription, LabSettings } from '../types';
import {
  cleanName,
  createRunStore,
  headlineMetric,
  MAX_NAME_LENGTH,
  type RunToSave,
} from './runStore';

let dbCount = 0;
const freshStore = (): UseStore => createStore(`runs-test-${++dbCount}`, 'runs');

const model: ModelConfig = {
  input: { kind: 'dense', features: 1 },
  timesteps: 20,
  layers: [{ cell: 'lstm', units: 8, returnSequences: false }],
  head: { kind: 'last', units: 1, activation: 'linear' },
  seed: 3,
};
const train: TrainConfig = {
  optimizer: 'adam',
  learningRate: 0.01,
  batchSize: 32,
  epochs: 4,
  loss: 'mse',
  metric: 'mse',
  clipNorm: 1,
  tbpttWindow: null,
  seed: 2,
};
const data: DataDescription = {
  kind: 'series',
  name: 'synthetic',
  seed: 42,
  timesteps: 20,
  features: 1,
  horizon: 1,
  target: 'last',
  trainExamples: 80,
  validExamples: 20,
  validFraction: 0.2,
};
const settings = { cell: 'lstm', units: 8, layers: 1, seed: 3 } as unknown as LabSettings;

function runNamed(name: string, scale = 1): RunToSave {
  return {
    name,
    settings,
    model,
    train,
    data,
    weights: {
      'lstm/kernel': {
        values: Float32Array.from({ length: 32 }, (_, i) => i * scale),
        shape: [1, 32],
      },
      'dense/bias': { values: Float32Array.of(0.5 * scale), shape: [1] },
    },
    history: [
      { step: 10, epoch: 1, loss: 0.2, metric: 0.2, valLoss: 0.3, valMetric: 0.3 },
      { step: 20, epoch: 2, loss: 0.1, metric: 0.1, valLoss: 0.15, valMetric: 0.15 },
    ],
    epoch: 2,
    step: 20,
  };
}

/** Bytes of typed arrays inside a value (the weights), the part that fills a quota. */
function typedBytes(value: unknown): number {
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value && typeof value === 'object')
    return Object.values(value).reduce((n: number, v) => n + typedBytes(v), 0);
  return 0;
}

/**
 * A store with room for `room.bytes` of weights per write, as a nearly full disk: a transaction
 * that puts more aborts (rolling back every put in it) and fails with QuotaExceededError.
 */
function nearlyFull(real: UseStore): { store: UseStore; room: { bytes: number } } {
  const room = { bytes: Infinity };
  const store: UseStore = (mode, callback) =>
    real(mode, async (objectStore) => {
      let tooBig = false;
      const put = objectStore.put.bind(objectStore);
      objectStore.put = (value: unknown, key?: IDBValidKey) => {
        if (typedBytes(value) > room.bytes) tooBig = true;
        return put(value, key);
      };
      const pending = callback(objectStore);
      if (!tooBig) return pending;
      objectStore.transaction.abort();
      await Promise.resolve(pending).catch(() => undefined);
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
  return { store, room };
}

describe('saved runs in IndexedDB', () => {
  it('saves, lists (newest first), reopens, renames and deletes', async () => {
    let t = 1_000;
    let n = 0;
    const runs = createRunStore({
      store: freshStore(),
      now: () => (t += 1000),
      newId: () => `id${++n}`,
    });
    const a = await runs.save(runNamed('first'));
    const b = await runs.save(runNamed('second', 2));
    expect(a.ok && b.ok).toBe(true);
    const list = await runs.list();
    expect(list.ok).toBe(true);
    if (!list.ok) return;
    expect(list.value.map((m) => m.name)).toEqual(['second', 'first']);
    expect(list.value[1]).toMatchObject({
      id: 'id1',
      cell: 'lstm',
      layers: 1,
      units: 8,
      dataName: 'synthetic',
      epoch: 2,
      metric: { kind: 'mse', value: 0.15, validation: true },
    });

    const opened = await runs.load('id2');
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.weights['lstm/kernel'].values).toBeInstanceOf(Float32Array);
    expect(Array.from(opened.value.weights['lstm/kernel'].values)).toEqual(
      Array.from(runNamed('x', 2).weights['lstm/kernel'].values),
    );
    expect(opened.value.history).toEqual(runNamed('x').history);
    expect(opened.value.model).toEqual(model);
    expect(opened.value.settings).toEqual(settings);

    const renamed = await runs.rename('id1', '  LSTM, clip 1  ');
    expect(renamed.ok && renamed.value.name).toBe('LSTM, clip 1');
    const reopened = await runs.load('id1');
    expect(reopened.ok && reopened.value.meta.name).toBe('LSTM, clip 1');
    expect(reopened.ok && reopened.value.weights['dense/bias'].values[0]).toBe(0.5);
    expect(await runs.rename('nope', 'x')).toEqual({ ok: false, reason: 'notFound' });

    expect((await runs.remove('id2')).ok).toBe(true);
    expect(await runs.load('id2')).toEqual({ ok: false, reason: 'notFound' });
    const after = await runs.list();
    expect(after.ok && after.value.map((m) => m.id)).toEqual(['id1']);
  });

  it('a save that exceeds the quota reports it and loses nothing saved before', async () => {
    const { store, room } = nearlyFull(freshStore());
    let n = 0;
    const runs = createRunStore({ store, newId: () => `run${++n}` });
    expect((await runs.save(runNamed('kept'))).ok).toBe(true);
    room.bytes = 64;
    expect(await runs.save(runNamed('too big', 3))).toEqual({ ok: false, reason: 'quota' });
    const list = await runs.list();
    // Neither half of the failed save is there (its list entry would fit: it went with the
    // weights), and the earlier run is whole.
    expect(list.ok && list.value.map((m) => [m.id, m.name])).toEqual([['run1', 'kept']]);
    const kept = await runs.load('run1');
    expect(kept.ok && Array.from(kept.value.weights['lstm/kernel'].values)).toEqual(
      Array.from(runNamed('kept').weights['lstm/kernel'].values),
    );
    expect(await runs.load('run2')).toEqual({ ok: false, reason: 'notFound' });
    // Small writes still fit: renaming touches only the list entry.
    expect((await runs.rename('run1', 'renamed')).ok).toBe(true);
    room.bytes = Infinity;
    expect((await runs.save(runNamed('fits now'))).ok).toBe(true);
  });

  it('storage that cannot be opened (private mode) or no IndexedDB at all says so', async () => {
    const blocked: UseStore = () =>
      Promise.reject(new DOMException('A mutation operation was attempted', 'InvalidStateError'));
    const runs = createRunStore({ store: blocked });
    expect(await runs.save(runNamed('x'))).toEqual({ ok: false, reason: 'unavailable' });
    expect(await runs.list()).toEqual({ ok: false, reason: 'unavailable' });

    const saved = globalThis.indexedDB;
    // @ts-expect-error: a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const none = createRunStore();
      expect(await none.list()).toEqual({ ok: false, reason: 'unavailable' });
      expect(await none.save(runNamed('x'))).toEqual({ ok: false, reason: 'unavailable' });
    } finally {
      globalThis.indexedDB = saved;
    }
    const broken: UseStore = () => Promise.reject(new Error('disk on fire'));
    expect(await createRunStore({ store: broken }).list()).toEqual({ ok: false, reason: 'failed' });
  });
});

describe('names and headline figures', () => {
  it('names lose control characters and length, never their text', () => {
    expect(cleanName('a\u0000b\nc')).toBe('a b c');
    expect(cleanName('<b>bold</b>')).toBe('<b>bold</b>');
    expect(cleanName('x'.repeat(200))).toHaveLength(MAX_NAME_LENGTH);
  });

  it('the headline is the newest validation metric, else validation loss, else training', () => {
    expect(headlineMetric([], 'mse')).toBeNull();
    expect(headlineMetric([{ step: 1, epoch: 0, loss: 2, metric: 0.4 }], 'accuracy')).toEqual({
      kind: 'accuracy',
      value: 0.4,
      validation: false,
    });
    expect(
      headlineMetric(
        [
          { step: 1, epoch: 1, loss: 2, valLoss: 1.5 },
          { step: 2, epoch: 1.5, loss: 1 },
        ],
        'mse',
      ),
    ).toEqual({ kind: 'loss', value: 1.5, validation: true });
  });
});
