import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_QUERY_LENGTH, defaults, parseState, serializeState, type Schema } from './codec';

const SCHEMA = {
  x: { type: 'number', min: -6, max: 6, default: 1 },
  T: { type: 'int', min: 1, max: 100, default: 20 },
  fn: { type: 'enum', values: ['sigmoid', 'tanh', 'relu'], default: 'tanh' },
  log: { type: 'boolean', default: false },
  text: { type: 'string', maxLength: 30, default: 'hello' },
} as const satisfies Schema;

const validState = fc.record({
  x: fc.double({ min: -6, max: 6, noNaN: true }),
  T: fc.integer({ min: 1, max: 100 }),
  fn: fc.constantFrom('sigmoid', 'tanh', 'relu'),
  log: fc.boolean(),
  text: fc.string({ maxLength: 30 }),
});

describe('URL-state codec', () => {
  it('parse(serialize(s)) returns s for every valid state', () => {
    fc.assert(
      fc.property(validState, (s) => {
        const query = serializeState(SCHEMA, s, 'w.').toString();
        const { state, ignored } = parseState(SCHEMA, query, 'w.');
        expect(ignored).toEqual([]);
        expect(Object.is(state.x, s.x) || state.x === s.x).toBe(true);
        expect({ ...state, x: 0 }).toEqual({ ...s, x: 0 });
      }),
      { numRuns: 500 },
    );
  });

  it('fills defaults and writes nothing for a default state', () => {
    expect(serializeState(SCHEMA, defaults(SCHEMA)).toString()).toBe('');
    expect(parseState(SCHEMA, '').state).toEqual(defaults(SCHEMA));
  });

  it('clamps out-of-range numbers and reports them', () => {
    const { state, ignored } = parseState(SCHEMA, 'x=99&T=0&text=' + 'a'.repeat(40));
    expect(state.x).toBe(6);
    expect(state.T).toBe(1);
    expect(state.text).toHaveLength(30);
    expect(ignored.map((i) => i.reason)).toEqual(['clamped', 'clamped', 'clamped']);
  });

  it('rejects NaN, infinities, hex and empty numbers, keeping defaults', () => {
    for (const bad of ['NaN', 'Infinity', '-Infinity', '0x10', '', '1e999', '1,5', ' 2']) {
      const { state, ignored } = parseState(SCHEMA, `x=${encodeURIComponent(bad)}`);
      expect(state.x, bad).toBe(1);
      expect(ignored[0].reason, bad).toBe('malformed');
    }
  });

  it('ignores unknown and prototype keys without polluting anything', () => {
    const { state, ignored } = parseState(
      SCHEMA,
      '__proto__=1&constructor=2&prototype=3&w.__proto__.polluted=1&nope=4',
    );
    expect(ignored.map((i) => i.reason)).toEqual([
      'forbidden',
      'forbidden',
      'forbidden',
      'unknown',
      'unknown',
    ]);
    expect(Object.keys(state).sort()).toEqual(['T', 'fn', 'log', 'text', 'x']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects values outside an enum and malformed booleans', () => {
    const { state, ignored } = parseState(SCHEMA, 'fn=softplus&log=yes');
    expect(state.fn).toBe('tanh');
    expect(state.log).toBe(false);
    expect(ignored).toHaveLength(2);
  });

  it('caps the total length of the link', () => {
    const { state, ignored } = parseState(SCHEMA, `x=2&pad=${'z'.repeat(MAX_QUERY_LENGTH)}`);
    expect(state).toEqual(defaults(SCHEMA));
    expect(ignored[0].reason).toBe('tooLong');
  });

  it('keeps the first of repeated keys', () => {
    const { state, ignored } = parseState(SCHEMA, 'x=2&x=3');
    expect(state.x).toBe(2);
    expect(ignored[0].reason).toBe('repeated');
  });

  it('never throws on hostile input and always returns a valid state', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (raw) => {
        const { state } = parseState(SCHEMA, raw);
        expect(state.x).toBeGreaterThanOrEqual(-6);
        expect(state.x).toBeLessThanOrEqual(6);
        expect(Number.isInteger(state.T)).toBe(true);
        expect(['sigmoid', 'tanh', 'relu']).toContain(state.fn);
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves keys of other widgets alone', () => {
    const { ignored } = parseState(SCHEMA, 'other.x=5&w.x=2', 'w.');
    expect(ignored).toEqual([]);
  });
});
