import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { defaults } from '../../lesson/codec';
import type { Trace, TrainerSnapshot } from '../../engine/types';
import { getExperiment } from '../../engine/experiments';
import { randomCellWeights, runCell } from '../CellWalkthrough/tinyCells';
import { GateLabView, SCHEMA, type GateLabState } from './GateLab';
import { meanPerStep, recallReadout, recallSpec } from './recall';
import { STRINGS } from './strings';
import { gateLabSpec } from './spec';

const DEFAULTS = defaults(SCHEMA) as GateLabState;
const noop = () => {};

/** A trace as the worker sends it: one-hot inputs of the recall task, symbol C first. */
function fakeTrace(cell: 'lstm' | 'gru'): Trace {
  const xs = Array.from({ length: 30 }, (_, t) =>
    Array.from({ length: 10 }, (_, k) => (k === (t === 0 ? 2 : 4 + (t % 6)) ? 1 : 0)),
  );
  const layer = runCell(randomCellWeights(cell, 10, 3, 5), xs);
  return {
    sample: 0,
    step: 12,
    layers: [layer],
    prediction: [0.1, 0.2, 0.6, 0.1],
    predictionShape: [4],
  };
}

const snapshot: TrainerSnapshot = {
  state: 'paused',
  epoch: 1,
  batch: 0,
  batchesPerEpoch: 63,
  step: 63,
  examplesPerSecond: 500,
  backend: 'wasm',
  history: [{ step: 63, epoch: 1, loss: 1.2, valLoss: 1.1, valMetric: 0.41 }],
};

const render = (cell: 'lstm' | 'gru', lang: 'ko' | 'en', trained: boolean) =>
  renderToStaticMarkup(
    createElement(GateLabView, {
      id: 'gates',
      lang,
      cell,
      state: DEFAULTS,
      setState: noop,
      run: {
        status: trained ? 'ready' : 'idle',
        snapshot: trained ? snapshot : null,
        created: null,
        trace: trained ? fakeTrace(cell) : null,
        messages: [],
        play: noop,
        pause: noop,
        stepBatch: noop,
        stepEpoch: noop,
        reset: noop,
      },
    }),
  );

describe('recall task helpers', () => {
  it('builds the registry experiment with the chosen cell, size, epochs and seed', () => {
    const spec = recallSpec('gru', { units: 8, epochs: 3, seed: 4 });
    expect(spec).toMatchObject({
      experiment: 'recall-lstm',
      model: { layers: [{ cell: 'gru', units: 8, returnSequences: false }], seed: 4 },
      train: { epochs: 3, seed: 4 },
      backend: 'auto',
    });
    expect(recallSpec('lstm', { units: 8, epochs: 3, seed: 4, backend: 'wasm' }).backend).toBe(
      'wasm',
    );
    // The experiment it names exists and is the 30-step, 4-symbol task the text describes.
    const e = getExperiment('recall-lstm');
    expect(e?.model?.timesteps).toBe(30);
    expect(e?.model?.head.units).toBe(4);
  });

  it('reads the first symbol from the one-hot input and the answer from the prediction', () => {
    expect(recallReadout(fakeTrace('lstm'))).toEqual({ first: 2, answer: 2, probability: 0.6 });
    expect(recallReadout(null)).toBeNull();
  });

  it('averages a gate over units per step', () => {
    const layer = fakeTrace('lstm').layers[0];
    const m = meanPerStep(layer, 'f');
    expect(m).toHaveLength(30);
    const row = layer.gates.f[4];
    expect(m[4]).toBeCloseTo((row[0] + row[1] + row[2]) / 3, 12);
  });
});

describe('GateLab view', () => {
  it('has both languages complete and a spec named after its folder', () => {
    expect(Object.keys(STRINGS.ko).sort()).toEqual(Object.keys(STRINGS.en).sort());
    expect(gateLabSpec.name).toBe('GateLab');
  });

  it('before training invites the student to train, with the lab buttons', () => {
    const html = render('lstm', 'en', false);
    expect(html).toContain('data-testid="lab-train"');
    expect(html).toContain('data-testid="lab-step-batch"');
    expect(html).toContain('Press Train or step one batch');
    expect(html).not.toContain('<svg');
  });

  it('after a step shows the readout, the result and the LSTM diagram with its formulas', () => {
    const html = render('lstm', 'en', true);
    expect(html).toContain('starts with C; the model answers C');
    expect(html).toContain('Validation accuracy after 1 epoch(s): 0.410');
    expect(html).toContain('data-sym="f"');
    expect(html).toContain('<svg');
  });

  it('draws the GRU in Korean with its reset and update gates', () => {
    const html = render('gru', 'ko', true);
    expect(html).toContain('data-sym="z"');
    expect(html).toContain('data-sym="r"');
    expect(html).toContain('첫 기호는 C');
  });
});
