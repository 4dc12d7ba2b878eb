import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import type { Trace } from '../../engine/types';
import { argmax, readTrace, softmax } from './charLogic';
import CharLab from './CharLab';

describe('softmax', () => {
  it('matches the hand-computed values for logits 0, ln 2, ln 3 (1/6, 2/6, 3/6)', () => {
    const p = softmax([0, Math.log(2), Math.log(3)]);
    expect(p[0]).toBeCloseTo(1 / 6, 12);
    expect(p[1]).toBeCloseTo(2 / 6, 12);
    expect(p[2]).toBeCloseTo(3 / 6, 12);
  });
  it('does not overflow on large logits', () => {
    const p = softmax([1000, 1000]);
    expect(p).toEqual([0.5, 0.5]);
  });
});

describe('readTrace', () => {
  const chars = ['h', 'i', 'e', 'l', 'o'];
  const oneHot = (i: number) => chars.map((_, j) => (i === j ? 1 : 0));
  // "hihell" → "ihello": logits that favour the right id at every step but the last (says 'l').
  const x = [0, 1, 0, 2, 3, 3];
  const y = [1, 0, 2, 3, 3, 4];
  const wrongLast = [1, 0, 2, 3, 3, 3];
  const trace: Trace = {
    sample: 0,
    step: 3,
    layers: [
      {
        layer: 0,
        direction: 'forward',
        cell: 'simpleRnn',
        units: 2,
        inputs: x.map(oneHot),
        hidden: x.map((_, t) => [t / 10, -t / 10]),
        gates: {},
      },
    ],
    prediction: wrongLast.flatMap((i) => oneHot(i).map((v) => v * 4)),
    predictionShape: [6, 5],
    target: y,
  };
  it('decodes input, target and the argmax prediction of the notes’ hihello example', () => {
    const r = readTrace(trace, chars);
    expect(r).not.toBeNull();
    expect(r!.input).toBe('hihell');
    expect(r!.target).toBe('ihello');
    expect(r!.predicted).toBe('ihelll');
    expect(r!.correct).toBe(5);
    expect(r!.data.text).toBe('hihello');
    // e^4 / (e^4 + 4) for the favoured character.
    expect(r!.data.probs[0][1]).toBeCloseTo(Math.exp(4) / (Math.exp(4) + 4), 10);
    expect(argmax(r!.data.probs[5])).toBe(3);
  });
  it('refuses a trace whose shape does not match the character set', () => {
    expect(readTrace({ ...trace, predictionShape: [6, 4] }, chars)).toBeNull();
  });
});

describe('CharLab', () => {
  it('renders its controls and buttons before any training, and names a bad experiment', () => {
    const html = renderToStaticMarkup(createElement(CharLab, { id: 'hi', experiment: 'hihello' }));
    expect(html).toContain('data-testid="charlab-train"');
    expect(html).toContain('type="range"');
    const bad = renderToStaticMarkup(createElement(CharLab, { id: 'x', experiment: 'nope' }));
    expect(bad).toContain('role="alert"');
  });
});
