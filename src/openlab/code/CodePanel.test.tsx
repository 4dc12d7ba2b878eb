import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ModelConfig, TrainConfig } from '../../engine/types';
import type { DataDescription } from '../types';
import { CodePanel } from './index';
import { CODE_STRINGS } from './strings';

const model: ModelConfig = {
  input: { kind: 'dense', features: 1 },
  timesteps: 50,
  layers: [
    { cell: 'gru', units: 20, returnSequences: true, gruResetAfter: false },
    { cell: 'gru', units: 7, returnSequences: false },
  ],
  head: { kind: 'last', units: 1, activation: 'linear' },
  seed: 1,
};
const train: TrainConfig = {
  optimizer: 'adam',
  learningRate: 0.001,
  batchSize: 32,
  epochs: 20,
  loss: 'mse',
  metric: 'mse',
  clipNorm: null,
  tbpttWindow: null,
  seed: 1,
};
const data: DataDescription = {
  kind: 'series',
  name: 'synthetic',
  seed: 42,
  timesteps: 50,
  features: 1,
  horizon: 1,
  target: 'last',
  trainExamples: 7000,
  validExamples: 2000,
  validFraction: 0.22,
};

describe('CodePanel', () => {
  it('has the same strings in both languages', () => {
    expect(Object.keys(CODE_STRINGS.ko).sort()).toEqual(Object.keys(CODE_STRINGS.en).sort());
  });

  it('shows the Keras script first, with a labelled switch and a copy button, in either language', () => {
    for (const lang of ['en', 'ko'] as const) {
      const html = renderToStaticMarkup(createElement(CodePanel, { lang, model, train, data }));
      const t = CODE_STRINGS[lang];
      expect(html).toContain(`aria-label="${t.framework}"`);
      expect(html).toContain('aria-pressed="true">Keras');
      expect(html).toContain('aria-pressed="false">PyTorch');
      expect(html).toContain(t.copy);
      // The script's text is escaped into the <pre>, never injected as HTML.
      expect(html).toContain('layers.GRU(20, return_sequences=True');
      expect(html).toContain('reset_after=False');
      expect(html).toContain('layers.GRU(7, return_sequences=False');
      expect(html).not.toContain('<script');
    }
  });

  it('escapes a hostile file name instead of rendering it', () => {
    const hostile = { ...data, kind: 'csv' as const, name: '<img src=x onerror=alert(1)>.csv' };
    const html = renderToStaticMarkup(
      createElement(CodePanel, { lang: 'en', model, train, data: hostile }),
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;.csv');
  });
});
