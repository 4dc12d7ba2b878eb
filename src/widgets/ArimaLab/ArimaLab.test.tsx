import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { loadPublicText, parseSeriesCsv } from '../../engine/data/loader';
import { LangContext } from '../../lesson/i18n';
import ArimaLab, { ArimaLabView, type ArimaLabViewProps } from './ArimaLab';
import type { FitResult } from './analysis';
import { STRINGS } from './strings';

const sales = async () => parseSeriesCsv(await loadPublicText('data/shampoo-sales.csv')).values;
const noop = () => {};

// statsmodels' ARIMA(5,1,0) fit of this series; residuals stand-ins with a known summary.
const FIT: FitResult = {
  mean: 12.0649,
  phi: [-1.1082, -0.6203, -0.3606, -0.1252, 0.1289],
  theta: [],
  sigma2: 64.241 ** 2,
  logLik: -196.17,
  aic: 406.34,
  bic: 417.227,
  residuals: [10, -20, 30, -40, 5],
};

function view(p: Partial<ArimaLabViewProps>) {
  return renderToStaticMarkup(
    createElement(ArimaLabView, {
      lang: 'en',
      state: { p: 5, d: 1, q: 0 },
      setState: noop,
      sales: null,
      fit: null,
      predictions: [],
      job: { status: 'idle' },
      onFit: noop,
      onRolling: noop,
      onCancel: noop,
      ...p,
    }),
  );
}

describe('ArimaLab', () => {
  it('says it is loading before the data arrives, in both languages', () => {
    for (const lang of ['en', 'ko'] as const) {
      const html = renderToStaticMarkup(
        createElement(LangContext.Provider, { value: lang }, createElement(ArimaLab, { id: 'a' })),
      );
      expect(html).toContain(STRINGS[lang].loading);
    }
    expect(view({ loadError: 'HTTP 404' })).toContain('HTTP 404');
  });

  it('offers the fit and rolling buttons and draws the series and its differences', async () => {
    const html = view({ sales: await sales() });
    expect(html).toContain('data-testid="arima-fit"');
    expect(html).toContain('Fit ARIMA(5,1,0)');
    expect(html).toContain('data-testid="arima-rolling"');
    expect((html.match(/<svg viewBox=/g) ?? []).length).toBe(2);
    expect(html).toContain(STRINGS.en.fitFirst);
    expect(html).not.toContain(STRINGS.en.slow);
  });

  it('warns before orders that fit slowly on this trending series', async () => {
    const x = await sales();
    expect(view({ sales: x, state: { p: 2, d: 0, q: 0 } })).toContain(STRINGS.en.slow);
    expect(view({ sales: x, state: { p: 5, d: 1, q: 1 } })).toContain(STRINGS.en.slow);
    expect(view({ sales: x, state: { p: 0, d: 2, q: 1 } })).toContain(STRINGS.en.slow);
    expect(view({ sales: x, state: { p: 3, d: 2, q: 0 } })).not.toContain(STRINGS.en.slow);
    expect(view({ sales: x, state: { p: 1, d: 0, q: 0 } })).not.toContain(STRINGS.en.slow);
  });

  it('shows coefficients, residual summary and the test MSE once computed', async () => {
    const x = await sales();
    const actual = x.slice(23);
    const html = view({ sales: x, fit: FIT, predictions: actual.map((v) => v + 10) });
    expect(html).toContain('ar.L1');
    expect(html).toContain('-1.1082');
    expect(html).toContain('64.241');
    expect(html).toContain('Test MSE: 100.000 over 13 months.');
    expect(html).toContain('-3.000'); // mean of the stand-in residuals
  });

  it('reports progress and lets the student stop', async () => {
    const html = view({
      sales: await sales(),
      job: { status: 'running', kind: 'rolling', seconds: 3, done: 4 },
    });
    expect(html).toContain('month 5 of 13 (3 s)');
    expect(html).toContain('data-testid="arima-cancel"');
  });
});
