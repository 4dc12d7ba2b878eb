import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { defaults } from '../../lesson/codec';
import { GruConventionsView, SCHEMA, conventionRuns, type ConventionState } from './GruConventions';
import { STRINGS } from './strings';
import { gruConventionsSpec } from './spec';

const DEFAULTS = defaults(SCHEMA) as ConventionState;
const render = (state: Partial<ConventionState>, lang: 'ko' | 'en' = 'en', table = false) =>
  renderToStaticMarkup(
    createElement(GruConventionsView, {
      lang,
      state: { ...DEFAULTS, ...state },
      setState: () => {},
      initialTable: table,
    }),
  );

describe('GruConventions', () => {
  it('has the same strings in both languages and a spec named after its folder', () => {
    expect(Object.keys(STRINGS.ko).sort()).toEqual(Object.keys(STRINGS.en).sort());
    expect(gruConventionsSpec.name).toBe('GruConventions');
  });

  it('with negated update-gate weights both conventions give the same h(t)', () => {
    for (const seed of [1, 3, 500, 999]) {
      const r = conventionRuns({ ...DEFAULTS, seed, swap: true });
      expect(r.diff).toBeLessThan(1e-12);
      r.bias[0].forEach((b, k) => expect(r.bias[1][k]).toBe(b === 0 ? 0 : -b));
    }
  });

  it('without the swap the other convention is a different model', () => {
    expect(conventionRuns({ ...DEFAULTS, swap: false }).diff).toBeGreaterThan(0.01);
  });

  it('says "same model" or "different model" and shows a table of both runs', () => {
    expect(render({ swap: true })).toContain('describe the same model');
    expect(render({ swap: false })).toContain('a different model');
    expect(render({ swap: true }, 'ko')).toContain('같은 모델입니다');
    const table = render({}, 'en', true);
    expect(table).toContain('<table');
    expect((table.match(/<tr/g) ?? []).length).toBe(13);
  });
});
