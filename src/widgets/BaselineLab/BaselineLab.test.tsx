import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LangContext } from '../../lesson/i18n';
import BaselineLab, { BaselineLabView, type BaselineState } from './BaselineLab';
import { computeBaselines } from './baselines';
import { STRINGS } from './strings';

const STATE: BaselineState = { seed: 3, steps: 20, example: 2 };
const RESULT = computeBaselines(3, 20);
const render = (p: Record<string, unknown>) =>
  renderToStaticMarkup(
    createElement(BaselineLabView, {
      lang: 'en',
      state: STATE,
      setState: () => {},
      result: null,
      job: { status: 'idle' },
      onRun: () => {},
      ...p,
    }),
  );

describe('BaselineLab', () => {
  it('starts with the button and an explanation, in both languages', () => {
    for (const lang of ['en', 'ko'] as const) {
      const html = renderToStaticMarkup(
        createElement(
          LangContext.Provider,
          { value: lang },
          createElement(BaselineLab, { id: 'b' }),
        ),
      );
      expect(html).toContain(STRINGS[lang].run);
      expect(html).toContain(STRINGS[lang].intro);
      expect(html).toContain('data-testid="baseline-run"');
    }
  });

  it('shows both MSEs, the ratio and two charts for the matching settings', () => {
    const html = render({ result: RESULT });
    expect(html).toContain(RESULT.naive.valid.toFixed(4));
    expect(html).toContain(RESULT.linear.valid.toFixed(4));
    expect(html).toContain('0.0202');
    expect((html.match(/<svg viewBox=/g) ?? []).length).toBe(2);
  });

  it('asks for a new run when the settings no longer match the result', () => {
    const html = render({ result: RESULT, state: { ...STATE, seed: 4 } });
    expect(html).toContain(STRINGS.en.stale);
    expect(html).not.toContain('data-testid="baseline-results"');
    expect(render({ job: { status: 'running', seconds: 2 } })).toContain('fitting… 2 s');
  });
});
