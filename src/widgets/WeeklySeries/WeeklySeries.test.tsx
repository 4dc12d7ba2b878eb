import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LangContext } from '../../lesson/i18n';
import WeeklySeries, { WeeklySeriesView, type WeeklyState } from './WeeklySeries';
import { STRINGS } from './strings';

const DEFAULTS: WeeklyState = {
  search: true,
  price: true,
  view: 'separate',
  target: 12,
  window: 5,
};
const render = (s: Partial<WeeklyState> = {}, lang: 'en' | 'ko' = 'en', initialTable = false) =>
  renderToStaticMarkup(
    createElement(WeeklySeriesView, {
      lang,
      state: { ...DEFAULTS, ...s },
      setState: () => {},
      initialTable,
    }),
  );

describe('WeeklySeries', () => {
  it('renders in both languages with labelled sliders and a live readout', () => {
    for (const lang of ['en', 'ko'] as const) {
      const html = renderToStaticMarkup(
        createElement(
          LangContext.Provider,
          { value: lang },
          createElement(WeeklySeries, { id: 'w' }),
        ),
      );
      expect(html).toContain(STRINGS[lang].title);
      expect((html.match(/type="range"/g) ?? []).length).toBe(2);
      expect(html).toContain('aria-live="polite"');
    }
  });

  it('draws one chart per column apart, one overlaid, none when both are off', () => {
    expect((render().match(/<svg viewBox=/g) ?? []).length).toBe(2);
    expect((render({ view: 'overlay' }).match(/<svg viewBox=/g) ?? []).length).toBe(1);
    expect((render({ price: false }).match(/<svg viewBox=/g) ?? []).length).toBe(1);
    expect(render({ search: false, price: false })).toContain(STRINGS.en.nothing);
    expect(render()).toContain(`aria-label="${STRINGS.en.priceChart}"`);
    expect(render({ view: 'overlay' })).toContain(`aria-label="${STRINGS.en.overlayChart}"`);
  });

  it('says which weeks the window feeds for the chosen week', () => {
    // Week 12 (2021.6.6) from weeks 7–11: searches 27, 26, 29, 26, 29.
    const html = render();
    expect(html).toContain('week 12 (2021.6.6)');
    expect(html).toContain('weeks 7–11: searches 27, 26, 29, 26, 29, prices 820,000 · 850,000');
    expect(html).toContain('price (1,000 won)');
    expect(render({ target: 1 })).toContain('Week 1 is the first row');
  });

  it('offers the whole table', () => {
    const html = render({}, 'en', true);
    expect(html).toContain('<caption>The weekly table of the notes</caption>');
    expect(html).toContain('932,000');
    expect((html.match(/<tr>/g) ?? []).length).toBe(24);
  });
});
