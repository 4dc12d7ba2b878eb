import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { forwardCeiling, lookAhead, LENGTH, SYMBOLS } from './lookAhead';
import BidirectionalLab from './BidirectionalLab';

describe('lookAhead', () => {
  it('asks at every step for the symbol k steps later, and for the current one at the end', () => {
    const d = lookAhead(50, 3, 9);
    expect(d.xShape).toEqual([50, LENGTH]);
    for (let i = 0; i < 50; i++) {
      for (let t = 0; t < LENGTH; t++) {
        const want = t + 3 < LENGTH ? d.x[i * LENGTH + t + 3] : d.x[i * LENGTH + t];
        expect(d.y[i * LENGTH + t]).toBe(want);
      }
    }
  });
  it('uses all four symbols about equally (the ceiling assumes uniform guessing)', () => {
    const d = lookAhead(2000, 2, 1);
    const counts = new Array(SYMBOLS).fill(0);
    d.x.forEach((v) => counts[v]++);
    for (const c of counts) expect(c / d.x.length).toBeGreaterThan(0.23);
  });
});

describe('forwardCeiling', () => {
  it('is (10 · 1/4 + 2) / 12 = 0.375 for k = 2, by hand', () => {
    expect(forwardCeiling(2)).toBeCloseTo(0.375, 12);
    expect(forwardCeiling(1)).toBeCloseTo((11 / 4 + 1) / 12, 12);
  });
});

describe('BidirectionalLab', () => {
  it('renders the toggle, the ceiling and the train button before training', () => {
    const html = renderToStaticMarkup(createElement(BidirectionalLab, { id: 'ahead' }));
    expect(html).toContain('data-testid="bilab-train"');
    expect(html).toContain('role="switch"');
    expect(html).toContain('0.375');
  });
});
