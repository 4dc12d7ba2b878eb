import { describe, expect, it } from 'vitest';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LangContext } from '../../lesson/i18n';
import ForecastRace from './ForecastRace';
import { RACE_STRINGS } from './strings';
import LongDependencyLab from '../LongDependencyLab/LongDependencyLab';
import { LDL_STRINGS } from '../LongDependencyLab/strings';
import SeriesSampler, { sampleSeries } from '../SeriesSampler/SeriesSampler';
import { generateTimeSeries } from '../../engine/data';
import { createRng } from '../../engine/rng';

const inLang = (lang: 'en' | 'ko', el: ReactElement) =>
  renderToStaticMarkup(createElement(LangContext.Provider, { value: lang }, el));

describe('ForecastRace', () => {
  it('lists baselines for the chosen tasks and a row per model, in both languages', () => {
    for (const lang of ['en', 'ko'] as const) {
      const html = inLang(
        lang,
        createElement(ForecastRace, { id: 'race', models: ['ts-deep-rnn', 'ts-seq2vec'] }),
      );
      expect(html).toContain('data-testid="race-run"');
      expect(html).toContain('data-testid="race-row-ts-deep-rnn"');
      expect(html).toContain('data-testid="race-row-naiveNext"');
      expect(html).toContain('data-testid="race-row-linearIterative"');
      expect(html).toContain(RACE_STRINGS[lang].run);
      // The notes' figures stand in the table before anything runs.
      expect(html).toContain('0.0030');
      expect(html).toContain('0.0202');
    }
  });
  it('names an unknown model instead of failing', () => {
    const html = inLang('en', createElement(ForecastRace, { id: 'r', models: ['nope'] }));
    expect(html).toContain('role="alert"');
  });
});

describe('LongDependencyLab', () => {
  it('shows the sweep rows and the run button in both languages', () => {
    for (const lang of ['en', 'ko'] as const) {
      const html = inLang(lang, createElement(LongDependencyLab, { id: 'recall' }));
      expect(html).toContain('data-testid="ldl-run"');
      for (const L of [5, 10, 20, 40, 80]) expect(html).toContain(`data-testid="ldl-row-${L}"`);
      expect(html).toContain(LDL_STRINGS[lang].caption);
    }
  });
});

describe('SeriesSampler', () => {
  it("draws the generator's series for the seed", () => {
    const rows = sampleSeries(42);
    const flat = generateTimeSeries(3, 60, createRng(42));
    expect(rows).toHaveLength(3);
    expect(rows[2][59]).toBeCloseTo(flat[2 * 60 + 59], 6);
    // Two sines of amplitude 0.5 and 0.2 plus noise within ±0.05 never leave ±0.75.
    for (const r of rows) for (const v of r) expect(Math.abs(v)).toBeLessThanOrEqual(0.75);
    const html = inLang('ko', createElement(SeriesSampler, { id: 's' }));
    expect(html).toContain('data-testid="sampler-next"');
    expect(html).toContain('<svg');
  });
});
