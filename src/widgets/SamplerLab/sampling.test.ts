import { describe, expect, it } from 'vitest';
import { drawIndex, entropy, sampleText, softmaxT } from './sampling';

describe('softmaxT', () => {
  it('at τ = 1 gives 1/6, 2/6, 3/6 for logits 0, ln 2, ln 3', () => {
    const p = softmaxT([0, Math.log(2), Math.log(3)], 1);
    expect(p[0]).toBeCloseTo(1 / 6, 12);
    expect(p[2]).toBeCloseTo(0.5, 12);
  });
  it('at τ = 0.5 squares the odds: 1, 4, 9 over 14', () => {
    const p = softmaxT([0, Math.log(2), Math.log(3)], 0.5);
    expect(p[0]).toBeCloseTo(1 / 14, 12);
    expect(p[1]).toBeCloseTo(4 / 14, 12);
    expect(p[2]).toBeCloseTo(9 / 14, 12);
  });
  it('flattens toward uniform as τ grows', () => {
    const p = softmaxT([0, 5, 10], 1e6);
    for (const v of p) expect(v).toBeCloseTo(1 / 3, 4);
  });
});

describe('drawIndex and entropy', () => {
  it('picks by cumulative probability', () => {
    expect(drawIndex([0.2, 0.5, 0.3], 0.1)).toBe(0);
    expect(drawIndex([0.2, 0.5, 0.3], 0.69)).toBe(1);
    expect(drawIndex([0.2, 0.5, 0.3], 0.71)).toBe(2);
  });
  it('entropy is ln 4 for four equal choices and 0 for a certain one', () => {
    expect(entropy([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(Math.log(4), 12);
    expect(entropy([1, 0, 0])).toBe(0);
  });
  it('draws frequencies close to the probabilities', () => {
    const logits = Array.from({ length: 4000 }, () => [0, Math.log(3)]);
    const text = sampleText(logits, ['a', 'b'], 1, 5);
    const b = [...text].filter((c) => c === 'b').length / text.length;
    expect(b).toBeGreaterThan(0.72);
    expect(b).toBeLessThan(0.78);
  });
  it('is the argmax at a very low temperature, and repeats with the same seed', () => {
    const logits = [
      [0, 1, 0.5],
      [2, 0, 1],
    ];
    expect(sampleText(logits, ['x', 'y', 'z'], 0.001, 3)).toBe('yx');
    expect(sampleText(logits, ['x', 'y', 'z'], 1.5, 3)).toBe(
      sampleText(logits, ['x', 'y', 'z'], 1.5, 3),
    );
  });
});

describe('SamplerLab', () => {
  it('renders its controls and the train button before training', async () => {
    const { renderToStaticMarkup } = await import('react-dom/server');
    const { createElement } = await import('react');
    const { default: SamplerLab } = await import('./SamplerLab');
    const html = renderToStaticMarkup(createElement(SamplerLab, { id: 'moby' }));
    expect(html).toContain('data-testid="sampler-train"');
    expect(html.match(/type="range"/g)?.length).toBe(7);
  });
});
