import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { defaults } from '../../lesson/codec';
import type { Trace } from '../../engine/types';
import { EMPTY, MAX_ROWS, addProfile, cellPathGain, profileOf, shrinkFactor } from './history';
import { CellGradientLabView, SCHEMA, type FlowState } from './CellGradientLab';
import { STRINGS } from './strings';

const trace = (step: number, grad: number[], jac?: number[]): Trace => ({
  sample: 0,
  step,
  layers: [],
  gradNormPerStep: grad,
  jacobianNormPerStep: jac,
  prediction: [],
  predictionShape: [],
});

describe('gradient history', () => {
  it('adds one row per optimizer step and picks the chosen measure', () => {
    let h = addProfile(EMPTY, trace(1, [1, 2], [3, 4]), 'loss');
    h = addProfile(h, trace(1, [9, 9]), 'loss');
    h = addProfile(h, trace(2, [5, 6], [7, 8]), 'jacobian');
    expect(h.steps).toEqual([1, 2]);
    expect(h.rows).toEqual([
      [1, 2],
      [7, 8],
    ]);
    expect(profileOf(trace(3, [1]), 'jacobian')).toBeNull();
    expect(addProfile(h, null, 'loss')).toBe(h);
  });

  it('keeps only the latest rows', () => {
    let h = EMPTY;
    for (let s = 1; s <= MAX_ROWS + 5; s++) h = addProfile(h, trace(s, [s]), 'loss');
    expect(h.rows).toHaveLength(MAX_ROWS);
    expect(h.steps[0]).toBe(6);
  });

  it('measures the shrinking from the last step back to the first', () => {
    // A SimpleRNN-like profile 0.5^(T−t) over 30 steps shrinks by 2^29.
    const p = Array.from({ length: 30 }, (_, t) => 0.5 ** (29 - t));
    expect(shrinkFactor(p)).toBeCloseTo(2 ** 29, 0);
    expect(shrinkFactor([2, 1])).toBe(0.5);
  });
});

describe('CellGradientLab view', () => {
  const DEFAULTS = defaults(SCHEMA) as FlowState;
  const idleRun = { status: 'idle' as const, snapshot: null, trace: null, messages: [] };
  const noop = () => {};
  const actions = { play: noop, pause: noop, stepBatch: noop, stepEpoch: noop, reset: noop };

  it('has both languages complete; before training it invites a step', () => {
    expect(Object.keys(STRINGS.ko).sort()).toEqual(Object.keys(STRINGS.en).sort());
    const html = renderToStaticMarkup(
      createElement(CellGradientLabView, {
        id: 'flow',
        lang: 'en',
        state: DEFAULTS,
        setState: noop,
        runs: { rnn: idleRun, lstm: idleRun },
        histories: { rnn: EMPTY, lstm: EMPTY },
        actions,
      }),
    );
    expect(html).toContain('data-testid="lab-train"');
    expect(html).toContain('both models are built');
  });

  it('draws both profiles and says how much each shrinks', () => {
    const rnnP = Array.from({ length: 30 }, (_, t) => 0.5 ** (29 - t));
    const lstmP = Array.from({ length: 30 }, () => 0.1);
    const run = (p: number[]) => ({ ...idleRun, status: 'ready' as const, trace: trace(4, p) });
    const html = renderToStaticMarkup(
      createElement(CellGradientLabView, {
        id: 'flow',
        lang: 'ko',
        state: DEFAULTS,
        setState: noop,
        runs: { rnn: run(rnnP), lstm: run(lstmP) },
        histories: { rnn: { steps: [4], rows: [rnnP] }, lstm: { steps: [4], rows: [lstmP] } },
        actions,
      }),
    );
    expect(html).toContain(
      'SimpleRNN: t = 30에서 t = 1로 거슬러 가며 크기가 ×5.4e+8로 줄어듭니다.',
    );
    expect(html).toContain('LSTM: t = 30에서 t = 1로 거슬러 가며 크기가 ×1.0로 줄어듭니다.');
    expect(html).toContain('<svg');
  });
});

describe('cell-state path gain', () => {
  it('multiplies the forget gates after t, averaged over units (hand-computed)', () => {
    // Two units, three steps: unit 1 keeps f = 0.5, unit 2 keeps f = 1.
    const f = [
      [0.5, 1],
      [0.5, 1],
      [0.5, 1],
    ];
    // t = 3: nothing after it → 1; t = 2: (0.5 + 1)/2; t = 1: (0.25 + 1)/2.
    expect(cellPathGain(f)).toEqual([0.625, 0.75, 1]);
    expect(cellPathGain([])).toEqual([]);
  });

  it('is σ(1)^(T−t) for forget gates at their Keras starting value', () => {
    const s1 = 1 / (1 + Math.exp(-1));
    const g = cellPathGain(Array.from({ length: 30 }, () => [s1, s1]));
    expect(g[0]).toBeCloseTo(s1 ** 29, 12);
  });
});
