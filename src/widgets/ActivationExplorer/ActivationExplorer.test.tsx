import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LangContext } from '../../lesson/i18n';
import type { Lang } from '../../lesson/lang';
import ActivationExplorer, {
  ActivationExplorerView,
  type ExplorerState,
} from './ActivationExplorer';
import { activationExplorerSpec } from './spec';
import { STRINGS } from './strings';

const DEFAULTS: ExplorerState = { x: 1, fn: 'tanh', T: 20, w: 1.5 };

function render(state: Partial<ExplorerState> = {}, lang: Lang = 'en', initialTable = false) {
  return renderToStaticMarkup(
    createElement(ActivationExplorerView, {
      lang,
      state: { ...DEFAULTS, ...state },
      setState: () => {},
      initialTable,
    }),
  );
}

/** The text of every cell of the table row whose header is `header`. */
function row(html: string, header: string): string[] {
  const rows = html.split('<tr>').slice(1);
  const found = rows.find((r) => r.startsWith(`<th scope="row">${header}</th>`));
  if (!found) throw new Error(`no row ${header}`);
  return [...found.matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((m) => m[1]);
}

describe('ActivationExplorer', () => {
  it('renders the spec example in both languages, with its URL settings at their defaults', () => {
    const example = Object.fromEntries(
      activationExplorerSpec.props.map((p) => [p.name, p.example]),
    ) as { id: string };
    for (const lang of ['ko', 'en'] as const) {
      const html = renderToStaticMarkup(
        createElement(
          LangContext.Provider,
          { value: lang },
          createElement(ActivationExplorer, example),
        ),
      );
      expect(html).toContain(STRINGS[lang].curvesTitle);
      expect(html).toContain(STRINGS[lang].productsTitle);
      expect((html.match(/type="range"/g) ?? []).length).toBe(3);
      expect(html).toContain('aria-live="polite"');
    }
  });

  it('labels every slider and draws four charts with one line per series', () => {
    const html = render();
    for (const key of ['x', 'steps', 'weight'] as const) {
      expect(html).toMatch(new RegExp(`<label for="[^"]+">${STRINGS.en[key]}</label>`));
    }
    expect((html.match(/<svg viewBox="0 0 320 220" role="img"/g) ?? []).length).toBe(4);
    // 3 + 3 curves, 5 product lines, 2 loop lines.
    expect((html.match(/<path d="M/g) ?? []).length).toBe(13);
  });

  it('tabulates the plotted values: σ, tanh, ReLU and their derivatives at the chosen x', () => {
    const html = render({ x: 1.5 }, 'en', true);
    // σ(1.5) = 0.8176, σ′ = 0.1491; tanh(1.5) = 0.9051, tanh′ = 0.1807.
    expect(row(html, '1.5')).toEqual(['1.5', '0.818', '0.149', '0.905', '0.181', '1.5', '1']);
    expect(row(html, '−6').slice(5)).toEqual(['0', '0']);
  });

  it('tabulates the products of t derivatives and the loop, step by step', () => {
    const html = render({ x: 0, T: 3, w: 1.5 }, 'en', true);
    // At x = 0: σ′ = 0.25, tanh′ = 1, ReLU′ = 1 (the notes' convention at the kink).
    const [, , productTable, loopTable] = html.split('<caption>');
    expect(row(productTable, '3')).toEqual(['3', '0.0156', '1', '1', '0.0156', '1']);
    // The loop: ReLU from 0.5 grows to 0.5·1.5³ = 1.69, its gradient to 1.5³ = 3.38.
    expect(row(loopTable, '3').slice(0, 3)).toEqual(['3', '1.69', '3.38']);
  });

  it('says in the live summary how small sigmoid′ gets and how far ReLU runs away', () => {
    const html = render({ x: 0, T: 100, w: 2 }, 'ko');
    expect(html).toContain('0.25^T = 6.22e−61');
    // 0.5 · 2^100 = 6.34e29.
    expect(html).toContain('ReLU는 h(T) = 6.34e29');
  });
});
