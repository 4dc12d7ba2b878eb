import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LangContext } from '../../lesson/i18n';
import type { Lang } from '../../lesson/lang';
import UnrolledTimeline, {
  SCHEMA,
  UnrolledTimelineView,
  stepLines,
  type TimelineState,
} from './UnrolledTimeline';
import { buildTimeline, inputSequence } from './timeline';
import { unrolledTimelineSpec } from './spec';
import { STRINGS } from './strings';

const DEFAULTS: TimelineState = { view: 'unrolled', T: 5, units: 2, x: 'sine', seed: 1 };

function render(state: Partial<TimelineState>, computed: number, lang: Lang = 'en', table = false) {
  return renderToStaticMarkup(
    createElement(UnrolledTimelineView, {
      lang,
      state: { ...DEFAULTS, ...state },
      setState: () => {},
      computed,
      controls: null,
      initialTable: table,
    }),
  );
}

describe('UnrolledTimeline', () => {
  it('renders the spec example in both languages with labelled controls and a live region', () => {
    const example = Object.fromEntries(unrolledTimelineSpec.props.map((p) => [p.name, p.example]));
    for (const lang of ['ko', 'en'] as const) {
      const html = renderToStaticMarkup(
        createElement(
          LangContext.Provider,
          { value: lang },
          createElement(UnrolledTimeline, example as { id: string }),
        ),
      );
      expect(html).toContain(STRINGS[lang].title);
      expect(html).toContain(`${STRINGS[lang].play}</button>`);
      expect(html).toContain('aria-live="polite"');
      expect((html.match(/type="range"/g) ?? []).length).toBe(2);
    }
  });

  it('has the same keys in Korean and English', () => {
    expect(Object.keys(STRINGS.ko).sort()).toEqual(Object.keys(STRINGS.en).sort());
  });

  it('feeds a pulse: h(1) = tanh(Wx·1), then h(2) = tanh(Wh·h(1)) with no new input', () => {
    expect(inputSequence('pulse', 4)).toEqual([1, 0, 0, 0]);
    const tl = buildTimeline(3, 2, 4, 'pulse');
    const { Wx, Wh } = tl.weights;
    const h1 = [Math.tanh(Wx[0][0]), Math.tanh(Wx[1][0])];
    const h2 = [0, 1].map((i) => Math.tanh(Wh[i][0] * h1[0] + Wh[i][1] * h1[1]));
    expect(tl.pass.hidden[0][0]).toBeCloseTo(h1[0], 12);
    expect(tl.pass.hidden[1][1]).toBeCloseTo(h2[1], 12);
  });

  it('spells out step t with the previous state it used', () => {
    const tl = buildTimeline(1, 1, 3, 'ramp');
    const w = tl.weights;
    const lines = stepLines('en', tl, 1);
    // x(2) = 2/3 → 0.67; a(2) = wx·0.67 + wh·h(1).
    const h1 = Math.tanh(w.Wx[0][0] * 0.33);
    const a2 = w.Wx[0][0] * 0.67 + w.Wh[0][0] * h1;
    expect(lines[0]).toBe(`x(2) = 0.67 and h(1) = ${h1.toFixed(2).replace('-', '−')} go in`);
    expect(lines[1].endsWith(`= ${a2.toFixed(2).replace('-', '−')}`)).toBe(true);
  });

  it('draws one column per step and hides values not yet computed', () => {
    const html = render({ T: 4 }, 2);
    expect((html.match(/data-step="/g) ?? []).length).toBe(4);
    expect(html).toContain('h(4)');
    // Steps 3 and 4 are still unknown.
    expect((html.match(/>\?</g) ?? []).length).toBe(4);
    expect(html).toContain('Step t = 2 of 4');
  });

  it('tabulates the forward pass and keeps the URL defaults in range', () => {
    const html = render({ T: 3 }, 3, 'ko', true);
    expect(html).toContain('<caption>단계별 순전파</caption>');
    expect((html.match(/<tr>/g) ?? []).length).toBe(4);
    expect(SCHEMA.T.default).toBeGreaterThanOrEqual(SCHEMA.T.min);
  });

  it('draws the folded cell with its loop', () => {
    const html = render({ view: 'folded' }, 1);
    expect(html).toContain('ud-folded');
    expect(html).not.toContain('data-step="');
  });
});
