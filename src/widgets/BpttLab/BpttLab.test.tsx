import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LangContext } from '../../lesson/i18n';
import BpttLab, { BpttLabView, stepRange, type BpttState } from './BpttLab';
import { bpttLabSpec } from './spec';
import { STRINGS } from './strings';

const DEFAULTS: BpttState = { loss: 'manyToOne', T: 8, k: 10, seed: 1 };
const render = (
  state: Partial<BpttState>,
  frame: number,
  lang: 'ko' | 'en' = 'en',
  table = false,
) =>
  renderToStaticMarkup(
    createElement(BpttLabView, {
      lang,
      state: { ...DEFAULTS, ...state },
      setState: () => {},
      frame,
      showWindow: true,
      controls: null,
      initialTable: table,
    }),
  );

describe('BpttLab', () => {
  it('renders the spec example in both languages with the same keys', () => {
    expect(Object.keys(STRINGS.ko).sort()).toEqual(Object.keys(STRINGS.en).sort());
    const example = Object.fromEntries(bpttLabSpec.props.map((p) => [p.name, p.example])) as {
      id: string;
    };
    for (const lang of ['ko', 'en'] as const) {
      const html = renderToStaticMarkup(
        createElement(LangContext.Provider, { value: lang }, createElement(BpttLab, example)),
      );
      expect(html).toContain(STRINGS[lang].title);
      expect((html.match(/type="range"/g) ?? []).length).toBe(2);
      expect(html).toContain(`${STRINGS[lang].play}</button>`);
    }
  });

  it('writes runs of steps compactly', () => {
    expect(stepRange([6, 7, 8])).toBe('6–8');
    expect(stepRange([1, 3])).toBe('1, 3');
  });

  it('shows no gradient during the forward pass and reveals it from T backwards', () => {
    const fwd = render({}, 8);
    expect(fwd).not.toContain('∇');
    expect(fwd).toContain('forward pass, 8 of 8 steps computed');
    const back = render({}, 8 + 3);
    // Steps 8, 7, 6 reached: three norms shown, three gradient paths drawn.
    expect((back.match(/∇ /g) ?? []).length).toBe(3);
    expect(back).toContain('backward pass, 3 of 8 steps reached');
  });

  it('with k = 3 only the last three steps ever receive gradient, and says so', () => {
    const html = render({ k: 3 }, 16);
    expect((html.match(/∇ /g) ?? []).length).toBe(3);
    expect(html).toContain('Steps 6–8 receive gradient');
  });

  it('tabulates full and truncated norms; truncated steps read 0', () => {
    const html = render({ k: 2 }, 0, 'en', true);
    expect(html).toContain('‖∂L/∂h(t)‖, k = 2');
    expect((html.match(/<td>0<\/td>/g) ?? []).length).toBe(6);
  });
});
