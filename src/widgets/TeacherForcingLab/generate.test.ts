import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import TeacherForcingLab from './TeacherForcingLab';
import { argmaxRow, firstMismatch, generateIds, matchShare } from './generate';

describe('generateIds', () => {
  it('feeds each output back and reads the last T characters', async () => {
    const seen: string[] = [];
    // A "model" that predicts the sum of the window's real ids mod 10.
    const next = async (window: number[], at: number) => {
      seen.push(`${window.join('')}@${at}`);
      return window.slice(0, at + 1).reduce((s, v) => s + v, 0) % 10;
    };
    const out = await generateIds([1, 2], 3, 3, next);
    // 1+2 = 3; then window [1,2,3] → 6; then [2,3,6] → 11 % 10 = 1.
    expect(out).toEqual([3, 6, 1]);
    expect(seen).toEqual(['122@1', '123@2', '236@2']);
  });
});

describe('scores', () => {
  it('compares strings position by position', () => {
    expect(matchShare('abcd', 'abxd')).toBe(0.75);
    expect(matchShare('', 'a')).toBe(0);
    expect(firstMismatch('abcd', 'abxd')).toBe(2);
    expect(firstMismatch('ab', 'ab')).toBe(2);
    expect(argmaxRow([0, 1, 5, 2, 9, 0], 1, 3)).toBe(1);
  });
});

describe('TeacherForcingLab', () => {
  it('renders both runs, its controls and the prompt before training', () => {
    const html = renderToStaticMarkup(createElement(TeacherForcingLab, { id: 'forcing' }));
    expect(html).toContain('data-testid="tf-train"');
    expect(html).toContain('data-testid="tf-row-forced"');
    expect(html).toContain('data-testid="tf-row-free"');
    expect(html.match(/type="range"/g)?.length).toBe(3);
    expect(html).toContain('if you wan');
  });
});
