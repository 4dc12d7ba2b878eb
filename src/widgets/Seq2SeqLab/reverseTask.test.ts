import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { validateConfig } from '../../engine/trainer/validate';
import {
  TOKENS,
  argmaxIds,
  reverseModel,
  reverseSplit,
  reverseTrain,
  scoreAnswers,
} from './reverseTask';
import Seq2SeqLab from './Seq2SeqLab';

describe('the reversal task', () => {
  it('asks for the source digits in reverse, and the engine accepts the encoder–decoder run', () => {
    const d = reverseSplit(3, 4);
    for (let i = 0; i < 20; i++) {
      const x = Array.from(d.valid.x.slice(i * 3, i * 3 + 3));
      expect(Array.from(d.valid.y.slice(i * 3, i * 3 + 3))).toEqual(x.reverse());
    }
    const model = reverseModel(3, 16, 4);
    expect(model.decoder?.steps).toBe(3);
    expect(validateConfig(model, reverseTrain(1, 4), d)).toEqual([]);
  });
});

describe('scoring', () => {
  it('counts digits and whole answers', () => {
    const d = reverseSplit(3, 1).valid;
    const perfect = Array.from(d.y.slice(0, 6));
    expect(scoreAnswers(perfect, d, [0, 1])).toEqual({ digits: 1, whole: 1 });
    const oneWrong = [...perfect];
    oneWrong[3] = (oneWrong[3] + 1) % 10;
    expect(scoreAnswers(oneWrong, d, [0, 1])).toEqual({ digits: 5 / 6, whole: 0.5 });
  });
  it('argmaxIds reads one id per row of V logits', () => {
    const V = TOKENS.length;
    const logits = new Float32Array(2 * V);
    logits[3] = 2;
    logits[V + 10] = 1;
    expect(argmaxIds(logits, V)).toEqual([3, 10]);
  });
});

describe('Seq2SeqLab', () => {
  it('renders before training with its controls', () => {
    const html = renderToStaticMarkup(createElement(Seq2SeqLab, { id: 'rev' }));
    expect(html).toContain('data-testid="s2s-train"');
    expect(html.match(/type="range"/g)?.length).toBe(4);
  });
});
