import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LangContext } from '../../lesson/i18n';
import ShapeLab, { ShapeLabView, SCHEMA, type ShapeLabState } from './ShapeLab';
import { shapeLabSpec } from './spec';
import { STRINGS } from './strings';
import { defaults } from '../../lesson/codec';

const DEFAULTS = defaults(SCHEMA) as ShapeLabState;

const render = (state: Partial<ShapeLabState>, lang: 'ko' | 'en' = 'en', table = false) =>
  renderToStaticMarkup(
    createElement(ShapeLabView, {
      lang,
      state: { ...DEFAULTS, ...state },
      setState: () => {},
      initialTable: table,
    }),
  );

describe('ShapeLab', () => {
  it('renders the spec example in both languages with the same keys', () => {
    expect(Object.keys(STRINGS.ko).sort()).toEqual(Object.keys(STRINGS.en).sort());
    const example = Object.fromEntries(shapeLabSpec.props.map((p) => [p.name, p.example])) as {
      id: string;
    };
    for (const lang of ['ko', 'en'] as const) {
      const html = renderToStaticMarkup(
        createElement(LangContext.Provider, { value: lang }, createElement(ShapeLab, example)),
      );
      expect(html).toContain(STRINGS[lang].title);
      expect((html.match(/type="range"/g) ?? []).length).toBe(4);
      expect((html.match(/role="switch"/g) ?? []).length).toBe(3);
    }
  });

  it("opens on the notes' example: (None, 3) and 42 parameters in Keras, 45 in PyTorch", () => {
    const html = render({});
    expect(html).toContain('SimpleRNN(3, input_shape=(2, 10))');
    expect(html).toContain('data-testid="shapelab-keras-output">(None, 3)<');
    expect(html).toContain('nn.RNN(input_size=10, hidden_size=3, batch_first=True)');
    expect(html).toContain('data-testid="shapelab-torch-output">(8, 2, 3)<');
    expect(html).toContain('data-testid="shapelab-torch-hn">(1, 8, 3)<');
    expect(html).toContain('Total: <strong>42</strong>');
    expect(html).toContain('Total: <strong>45</strong>');
  });

  it('fixes the batch and returns sequences: (8, 2, 3)', () => {
    const html = render({ fixBatch: true, seq: true }, 'ko');
    expect(html).toContain('batch_input_shape=(8, 2, 10), return_sequences=True');
    expect(html).toContain('data-testid="shapelab-keras-output">(8, 2, 3)<');
  });

  it('tabulates both frameworks', () => {
    const html = render({ bf: false, cell: 'lstm' }, 'en', true);
    expect(html).toContain('<caption>The same layer in Keras and PyTorch</caption>');
    expect(html).toContain('<td>(2, 8, 10)</td>');
    expect(html).toContain('<td>168</td><td>180</td>');
  });
});
