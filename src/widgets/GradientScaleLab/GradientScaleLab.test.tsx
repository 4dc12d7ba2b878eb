import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LangContext } from '../../lesson/i18n';
import { defaults } from '../../lesson/codec';
import GradientScaleLab, {
  GradientScaleLabView,
  SCHEMA,
  type ScaleState,
} from './GradientScaleLab';
import { gradientScaleLabSpec } from './spec';
import { STRINGS } from './strings';

const DEFAULTS = defaults(SCHEMA) as ScaleState;
const render = (state: Partial<ScaleState>, lang: 'ko' | 'en' = 'en', table = false) =>
  renderToStaticMarkup(
    createElement(GradientScaleLabView, {
      lang,
      state: { ...DEFAULTS, ...state },
      setState: () => {},
      initialTable: table,
    }),
  );

describe('GradientScaleLab', () => {
  it('renders the spec example in both languages with the same keys', () => {
    expect(Object.keys(STRINGS.ko).sort()).toEqual(Object.keys(STRINGS.en).sort());
    const example = Object.fromEntries(
      gradientScaleLabSpec.props.map((p) => [p.name, p.example]),
    ) as { id: string };
    for (const lang of ['ko', 'en'] as const) {
      const html = renderToStaticMarkup(
        createElement(
          LangContext.Provider,
          { value: lang },
          createElement(GradientScaleLab, example),
        ),
      );
      expect(html).toContain(STRINGS[lang].title);
      expect((html.match(/type="range"/g) ?? []).length).toBe(4);
      expect(html).toContain('aria-live="polite"');
    }
  });

  it('ρ = 0.5 in the linear regime: ×0.5 per step and a vanishing verdict', () => {
    const html = render({ rho: 0.5, amp: 0.0001, T: 40 });
    expect(html).toContain('about ×0.5 per step');
    expect(html).toContain('the gradient vanishes');
    expect(html).toContain('tanh works in its linear part');
  });

  it('ρ = 1.3 with tiny inputs explodes; large inputs saturate instead', () => {
    expect(render({ rho: 1.3, amp: 0.0001, T: 40 }, 'ko')).toContain('기울기 폭발');
    expect(render({ rho: 1.3, amp: 2, T: 40 })).toContain('tanh is partly saturated');
  });

  it('tabulates one row per step with the exact value and the bound', () => {
    const html = render({ T: 6, rho: 1, amp: 0.0001 }, 'en', true);
    expect((html.match(/<tr>/g) ?? []).length).toBe(7);
    expect(html).toContain('<caption>Gradient norm per time step (ρ = 1, a = 0.0001)</caption>');
  });
});
