import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseState, serializeState, type FieldSpec } from '../lesson/codec';
import { countParams } from '../engine/shapes';
import {
  LAB_SCHEMA,
  effectiveSettings,
  hiddenPanels,
  modelConfigFor,
  trainConfigFor,
} from './settings';
import type { DataDescription, LabSettings } from './types';

const defaults = parseState(LAB_SCHEMA, '', 'lab.').state;

/** A value the field accepts, drawn at random. */
function fieldValue(spec: FieldSpec): fc.Arbitrary<unknown> {
  switch (spec.type) {
    case 'int':
      return fc.integer({ min: spec.min, max: spec.max });
    case 'number':
      return fc.double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true });
    case 'enum':
      return fc.constantFrom(...spec.values);
    case 'boolean':
      return fc.boolean();
    case 'string':
      return fc.string({ maxLength: spec.maxLength });
  }
}

const anySettings = fc.record(
  Object.fromEntries(
    Object.entries(LAB_SCHEMA).map(([k, spec]) => [k, fieldValue(spec as FieldSpec)]),
  ),
) as fc.Arbitrary<LabSettings>;

const series: DataDescription = {
  kind: 'series',
  name: 'synthetic',
  timesteps: 50,
  features: 1,
  horizon: 1,
  target: 'last',
  trainExamples: 7000,
  validExamples: 2000,
  validFraction: 0.2,
};

describe('open lab settings in the link', () => {
  it('round-trips every valid state through the codec', () => {
    fc.assert(
      fc.property(anySettings, (s) => {
        const query = serializeState(LAB_SCHEMA, s, 'lab.').toString();
        const parsed = parseState(LAB_SCHEMA, query, 'lab.');
        expect(parsed.ignored).toEqual([]);
        expect(parsed.state).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });

  it('clamps hostile numbers and refuses unknown values, reporting each', () => {
    const { state, ignored } = parseState(
      LAB_SCHEMA,
      'lab.units=1e9&lab.lr=-5&lab.steps=NaN&lab.epochs=Infinity&lab.cell=constructor' +
        '&lab.__proto__=1&lab.backend=%3Cscript%3E&lab.batch=2.6&lab.toString=1',
      'lab.',
    );
    expect(state.units).toBe(256);
    expect(state.lr).toBe(1e-4);
    expect(state.steps).toBe(defaults.steps);
    expect(state.epochs).toBe(defaults.epochs);
    expect(state.cell).toBe('simpleRnn');
    expect(state.backend).toBe('auto');
    expect(state.batch).toBe(3);
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    expect(ignored.map((i) => i.reason).sort()).toEqual(
      [
        'clamped',
        'clamped',
        'clamped',
        'forbidden',
        'malformed',
        'malformed',
        'malformed',
        'malformed',
        'unknown',
      ].sort(),
    );
  });

  it('reads _hide flags, ignoring names that are not panels', () => {
    const { state } = parseState(
      LAB_SCHEMA,
      'lab._hide=data%2Cmodel%2Cconstructor%2C+views',
      'lab.',
    );
    expect([...hiddenPanels(state._hide)].sort()).toEqual(['data', 'model', 'views']);
    expect(hiddenPanels('').size).toBe(0);
  });
});

describe('settings to configurations', () => {
  it('lets fixed-length data sets set the sequence length and sentences read the last step', () => {
    expect(effectiveSettings({ ...defaults, data: 'hihello', steps: 50 }).steps).toBe(6);
    const s = effectiveSettings({ ...defaults, data: 'sentences', head: 'everyStep', horizon: 5 });
    expect(s.head).toBe('last');
    expect(s.horizon).toBe(1);
    expect(effectiveSettings({ ...defaults, data: 'shampoo-sales', steps: 50 }).steps).toBe(30);
  });

  it("builds Géron's deep RNN: 1,281 parameters", () => {
    const model = modelConfigFor({ ...defaults, layers: 2, units: 20, cell: 'simpleRnn' }, series);
    expect(model.layers.map((l) => l.returnSequences)).toEqual([true, false]);
    // SimpleRNN(20): 20·(1 + 20 + 1) = 440; SimpleRNN(20): 20·(20 + 20 + 1) = 820; Dense(1): 21.
    expect(countParams(model)).toBe(1281);
  });

  it('makes every layer return sequences for an every-step head, and sizes the head by horizon', () => {
    const model = modelConfigFor(
      { ...defaults, layers: 3, cell: 'lstm' },
      { ...series, target: 'everyStep', horizon: 10 },
    );
    expect(model.layers.every((l) => l.returnSequences)).toBe(true);
    expect(model.head).toEqual({ kind: 'everyStep', units: 10, activation: 'linear' });
  });

  it('caps the batch at the training set (the one-sentence sets hold one example)', () => {
    expect(
      trainConfigFor({ ...defaults, batch: 32 }, { ...series, trainExamples: 1 }).batchSize,
    ).toBe(1);
    expect(trainConfigFor({ ...defaults, batch: 32 }, series).batchSize).toBe(32);
  });

  it('turns 0 into "off" for clipping and truncated BPTT', () => {
    const t = trainConfigFor({ ...defaults, clip: 0, tbptt: 0 }, series);
    expect(t.clipNorm).toBeNull();
    expect(t.tbpttWindow).toBeNull();
    const u = trainConfigFor({ ...defaults, clip: 1.5, tbptt: 10 }, series);
    expect([u.clipNorm, u.tbpttWindow]).toEqual([1.5, 10]);
  });
});
