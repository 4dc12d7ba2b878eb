import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LangContext } from '../../lesson/i18n';
import ArmaSimulator, { ArmaSimulatorView, makeSchema, type ArmaState } from './ArmaSimulator';
import { STRINGS } from './strings';

const DEFAULTS: ArmaState = {
  p: 1,
  q: 0,
  phi1: 0.6,
  phi2: -0.2,
  theta1: 0.5,
  theta2: 0.2,
  seed: 7,
};
const render = (s: Partial<ArmaState> = {}) =>
  renderToStaticMarkup(
    createElement(ArmaSimulatorView, {
      lang: 'en',
      state: { ...DEFAULTS, ...s },
      setState: () => {},
    }),
  );

describe('ArmaSimulator', () => {
  it('renders in both languages; the lesson props only set the default orders', () => {
    for (const lang of ['en', 'ko'] as const) {
      const html = renderToStaticMarkup(
        createElement(
          LangContext.Provider,
          { value: lang },
          createElement(ArmaSimulator, { id: 'a', p: 0, q: 2 }),
        ),
      );
      expect(html).toContain(STRINGS[lang].title);
      expect(html).toContain('MA(2)');
    }
    expect(makeSchema(7, -3).p.default).toBe(2);
    expect(makeSchema(7, -3).q.default).toBe(0);
  });

  it('shows only the sliders of the chosen orders', () => {
    expect((render().match(/type="range"/g) ?? []).length).toBe(3);
    expect((render({ p: 2, q: 2 }).match(/type="range"/g) ?? []).length).toBe(6);
    expect(render({ p: 0, q: 0 })).toContain('ARMA(0,0) (white noise)');
  });

  it('warns when the AR part leaves the stationary region', () => {
    expect(render()).toContain(STRINGS.en.stationary);
    const html = render({ p: 2, phi1: 0.7, phi2: 0.5 });
    expect(html).toContain('role="alert"');
    expect(html).toContain(STRINGS.en.noTheory);
    expect(html).not.toContain('NaN');
  });
});
