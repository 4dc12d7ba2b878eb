import { describe, expect, it } from 'vitest';
import { countParams } from '../engine/shapes';
import type { CreateResult, CreateSpec } from '../worker/protocol';
import type { CellKind, ModelConfig } from '../engine/types';
import { compareCells, type CompareProgress, type CompareSetup } from './compare';

const model: ModelConfig = {
  input: { kind: 'dense', features: 1 },
  timesteps: 5,
  layers: [
    { cell: 'simpleRnn', units: 4, returnSequences: true },
    { cell: 'simpleRnn', units: 4, returnSequences: false },
  ],
  head: { kind: 'last', units: 1, activation: 'linear' },
  seed: 9,
};
const setup: CompareSetup = {
  model,
  train: {
    optimizer: 'adam',
    learningRate: 0.01,
    batchSize: 2,
    epochs: 3,
    loss: 'mse',
    metric: 'mse',
    clipNorm: null,
    tbpttWindow: null,
    seed: 9,
  },
  data: {
    train: { x: new Float32Array(10), xShape: [2, 5, 1], y: new Float32Array(2), yShape: [2, 1] },
    valid: { x: new Float32Array(10), xShape: [2, 5, 1], y: new Float32Array(2), yShape: [2, 1] },
  },
  backend: 'auto',
};

/** A worker that takes 2 s per epoch on wasm and scores each cell by its parameter count. */
function fakeWorker(refuse?: CellKind) {
  let clock = 0;
  const specs: CreateSpec[] = [];
  let current: ModelConfig | null = null;
  const api = {
    async create(spec: CreateSpec): Promise<CreateResult> {
      specs.push(spec);
      if (!('data' in spec)) throw new Error('expected a custom run');
      current = spec.model;
      const ok = spec.model.layers[0].cell !== refuse;
      return {
        ok,
        backend: 'wasm',
        messages: ok ? [] : [{ code: 'invalid.cell', severity: 'error', params: {} }],
        summary: [],
        paramCount: countParams(spec.model),
        batchesPerEpoch: 1,
      };
    },
    async stepEpoch() {
      clock += 2000;
    },
    async evaluate() {
      return { loss: 1 / countParams(current as ModelConfig), metric: 0.5 };
    },
  };
  return { api, specs, now: () => clock };
}

describe('comparing cells', () => {
  it('trains SimpleRNN, LSTM and GRU on the same data and seed, pinned to one backend', async () => {
    const w = fakeWorker();
    const seen: CompareProgress['kind'][] = [];
    const rows = await compareCells(
      w.api,
      setup,
      (p) => seen.push(p.kind),
      () => false,
      w.now,
    );
    expect(rows.map((r) => r.cell)).toEqual(['simpleRnn', 'lstm', 'gru']);
    // Keras counts for two layers of 4 on 1 feature + Dense(1): SimpleRNN 24 + 36 + 5 = 65,
    // LSTM 4× the recurrent weights: 96 + 144 + 5 = 245, GRU 3×: 72 + 108 + 5 = 185.
    expect(rows.map((r) => r.params)).toEqual([65, 245, 185]);
    expect(rows.every((r) => r.seconds === 6 && r.epochs === 3)).toBe(true);
    expect(specs(w).map((s) => s.backend)).toEqual(['auto', 'wasm', 'wasm']);
    for (const s of specs(w)) {
      expect(s.data).toBe(setup.data);
      expect(s.model.seed).toBe(9);
      expect(s.train).toEqual(setup.train);
    }
    expect(seen.filter((k) => k === 'epoch')).toHaveLength(9);
    expect(rows[0].validLoss).toBeCloseTo(1 / 65);
  });

  it('stops at a refused cell, and between epochs when asked', async () => {
    const w = fakeWorker('lstm');
    const progress: CompareProgress[] = [];
    const rows = await compareCells(
      w.api,
      setup,
      (p) => progress.push(p),
      () => false,
      w.now,
    );
    expect(rows.map((r) => r.cell)).toEqual(['simpleRnn']);
    expect(progress.at(-1)).toMatchObject({ kind: 'refused', cell: 'lstm' });

    const v = fakeWorker();
    let epochs = 0;
    const stopped = await compareCells(
      v.api,
      setup,
      (p) => {
        if (p.kind === 'epoch') epochs++;
      },
      () => epochs >= 4,
      v.now,
    );
    expect(stopped.map((r) => [r.cell, r.epochs])).toEqual([
      ['simpleRnn', 3],
      ['lstm', 1],
    ]);
  });
});

function specs(w: { specs: CreateSpec[] }) {
  return w.specs as Extract<CreateSpec, { data: unknown }>[];
}
