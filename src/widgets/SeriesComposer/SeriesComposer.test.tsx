import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LangContext } from '../../lesson/i18n';
import SeriesComposer, { SeriesComposerView, type ComposerState } from './SeriesComposer';
import { STRINGS } from './strings';

const DEFAULTS: ComposerState = {
  trend: 0.5,
  cycleAmp: 1,
  cyclePeriod: 30,
  seasonAmp: 1,
  noise: 0.4,
  growth: 0,
  seed: 1,
  parts: false,
};
const render = (s: Partial<ComposerState> = {}, initialTable = false) =>
  renderToStaticMarkup(
    createElement(SeriesComposerView, {
      lang: 'en',
      state: { ...DEFAULTS, ...s },
      setState: () => {},
      initialTable,
    }),
  );

describe('SeriesComposer', () => {
  it('renders in both languages with six labelled sliders', () => {
    for (const lang of ['en', 'ko'] as const) {
      const html = renderToStaticMarkup(
        createElement(
          LangContext.Provider,
          { value: lang },
          createElement(SeriesComposer, { id: 'c' }),
        ),
      );
      expect(html).toContain(STRINGS[lang].title);
      expect((html.match(/type="range"/g) ?? []).length).toBe(6);
    }
  });

  it('reads a flat noisy series as regular and a trending one as irregular', () => {
    const flat = { trend: 0, cycleAmp: 0, seasonAmp: 0 };
    expect(render(flat)).toContain(STRINGS.en.regular);
    expect(render({ ...flat, trend: 2 })).toContain(STRINGS.en.meanMoves);
  });

  it('shows the components on request and the 120 months as a table', () => {
    expect((render().match(/<svg viewBox=/g) ?? []).length).toBe(1);
    expect((render({ parts: true }).match(/<svg viewBox=/g) ?? []).length).toBe(2);
    expect((render({}, true).match(/<tr>/g) ?? []).length).toBe(121);
  });
});
