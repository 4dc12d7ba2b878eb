import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LangContext } from '../../lesson/i18n';
import { RNN_SHAPES } from '../../viz/unrolledLayout';
import SequenceShapes, { SequenceShapesView, type SequenceShapesState } from './SequenceShapes';
import { shapeTrace, summarizeShape } from './shapeInfo';
import { sequenceShapesSpec } from './spec';
import { DETAILS, STRINGS } from './strings';
import { forward, seededWeights } from '../UnrolledTimeline/simpleRnn';

const render = (state: SequenceShapesState, lang: 'ko' | 'en' = 'en') =>
  renderToStaticMarkup(createElement(SequenceShapesView, { lang, state, setState: () => {} }));

describe('SequenceShapes', () => {
  it('renders the spec example in both languages, every string and shape described in both', () => {
    expect(Object.keys(STRINGS.ko).sort()).toEqual(Object.keys(STRINGS.en).sort());
    for (const s of RNN_SHAPES) {
      expect(DETAILS.ko[s].examples.length).toBeGreaterThan(0);
      expect(DETAILS.en[s].examples.length).toBeGreaterThan(0);
    }
    const example = Object.fromEntries(
      sequenceShapesSpec.props.map((p) => [p.name, p.example]),
    ) as { id: string };
    for (const lang of ['ko', 'en'] as const) {
      const html = renderToStaticMarkup(
        createElement(
          LangContext.Provider,
          { value: lang },
          createElement(SequenceShapes, example),
        ),
      );
      expect(html).toContain(STRINGS[lang].picker);
      expect((html.match(/type="radio"/g) ?? []).length).toBe(6);
      expect(html).toContain('aria-live="polite"');
    }
  });

  it('many-to-one: the loss reads only y(T); the other outputs are the ignored ones', () => {
    expect(summarizeShape('manyToOne', 5)).toEqual({
      T: 5,
      inputs: [1, 2, 3, 4, 5],
      lossSteps: [5],
      ignored: [1, 2, 3, 4],
    });
    const html = render({ shape: 'manyToOne', T: 5 });
    expect(html).toContain('data-testid="shape-loss">y(5)');
    expect(html).toContain('data-testid="shape-ignored">y(1), y(2), y(3), y(4)<');
    expect(html).toContain('sentiment analysis');
  });

  it('synchronized many-to-many: every output feeds the loss, nothing is ignored', () => {
    const s = summarizeShape('syncedManyToMany', 4);
    expect(s.lossSteps).toEqual([1, 2, 3, 4]);
    expect(s.ignored).toEqual([]);
    expect(render({ shape: 'syncedManyToMany', T: 4 }, 'ko')).toContain(
      'L = L(1) + L(2) + L(3) + L(4)',
    );
  });

  it('one-to-many reads one input; one-to-one has a single step', () => {
    expect(summarizeShape('oneToMany', 6).inputs).toEqual([1]);
    expect(summarizeShape('oneToOne', 6)).toEqual({
      T: 1,
      inputs: [1],
      lossSteps: [1],
      ignored: [],
    });
  });

  it('traces a real forward pass: zero input where the shape feeds none, decoder weights apart', () => {
    const tr = shapeTrace('encoderDecoder', 4, 7);
    expect(tr.inputs[2]).toEqual([0, 0]);
    // Step 3 is the decoder's first: its own weights, from the encoder's last state.
    const dec = seededWeights(8, 2, 3, 2);
    const expected = forward(dec, [[0, 0]], tr.hidden[1]).hidden[0];
    tr.hidden[2].forEach((v, k) => expect(v).toBeCloseTo(expected[k], 12));
  });
});
