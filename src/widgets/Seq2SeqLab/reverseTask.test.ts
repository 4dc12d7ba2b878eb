import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { BLANK, EQ, TOKENS, argmaxIds, reverseData, scoreAnswers, stepsFor } from './reverseTask';
import Seq2SeqLab from './Seq2SeqLab';

describe('reverseData', () => {
  it('writes d1 d2 d3 = _ _ _ and asks for _ _ _ d3 d2 d1 _', () => {
    const d = reverseData(20, 3, 4);
    const T = stepsFor(3);
    for (let i = 0; i < 20; i++) {
      const x = Array.from(d.x.slice(i * T, (i + 1) * T));
      const y = Array.from(d.y.slice(i * T, (i + 1) * T));
      expect(x[3]).toBe(EQ);
      expect(x.slice(4)).toEqual([BLANK, BLANK, BLANK]);
      expect(y.slice(0, 3)).toEqual([BLANK, BLANK, BLANK]);
      expect(y.slice(3, 6)).toEqual([x[2], x[1], x[0]]);
      expect(y[6]).toBe(BLANK);
    }
  });
});

describe('scoring', () => {
  it('counts answer steps only: a model that writes only blanks scores 0 despite 4 of 7 steps right', () => {
    const d = reverseData(2, 3, 1);
    const blanks = new Array(2 * stepsFor(3)).fill(BLANK);
    expect(scoreAnswers(blanks, d, [0, 1], 3)).toEqual({ digits: 0, whole: 0 });
    const perfect = Array.from(d.y);
    expect(scoreAnswers(perfect, d, [0, 1], 3)).toEqual({ digits: 1, whole: 1 });
    const oneWrong = [...perfect];
    oneWrong[3] = (oneWrong[3] + 1) % 10;
    expect(scoreAnswers(oneWrong, d, [0, 1], 3)).toEqual({ digits: 5 / 6, whole: 0.5 });
  });
  it('argmaxIds reads one id per row of V logits', () => {
    const V = TOKENS.length;
    const logits = new Float32Array(2 * V);
    logits[3] = 2;
    logits[V + 11] = 1;
    expect(argmaxIds(logits, V)).toEqual([3, 11]);
  });
});

describe('Seq2SeqLab', () => {
  it('renders before training with its controls', () => {
    const html = renderToStaticMarkup(createElement(Seq2SeqLab, { id: 'rev' }));
    expect(html).toContain('data-testid="s2s-train"');
    expect(html.match(/type="range"/g)?.length).toBe(4);
  });
});
