import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LineChart, type LineChartProps } from './LineChart';

const BASE: LineChartProps = {
  label: 'test chart',
  xDomain: [0, 1],
  yDomain: [0, 1],
  xTicks: [0, 0.5, 1],
  yTicks: [0, 1],
  xLabel: 'x',
  yLabel: 'y',
  lines: [],
};

const paths = (html: string) => [...html.matchAll(/<path d="([^"]*)"/g)].map((m) => m[1]);

describe('LineChart', () => {
  // The plot area of the 320 × 220 viewBox: x from 56 to 308, y from 180 (bottom) to 10 (top).
  it('maps data corners to the corners of the plot area', () => {
    const html = renderToStaticMarkup(
      createElement(LineChart, {
        ...BASE,
        lines: [
          {
            key: 'a',
            label: 'a',
            colour: 'red',
            points: [
              [0, 0],
              [1, 1],
            ],
          },
        ],
      }),
    );
    expect(paths(html)).toEqual(['M56,180L308,10']);
    expect(html).toContain('role="img" aria-label="test chart"');
  });

  it('leaves a gap where a value is not finite (log of zero)', () => {
    const html = renderToStaticMarkup(
      createElement(LineChart, {
        ...BASE,
        lines: [
          {
            key: 'a',
            label: 'a',
            colour: 'red',
            points: [
              [0, 0],
              [0.25, 0.5],
              [0.5, -Infinity],
              [0.75, 0.5],
              [1, 1],
            ],
          },
        ],
      }),
    );
    const [d] = paths(html);
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d).toBe('M56,180L119,95M245,95L308,10');
  });

  it('draws the rule, the markers inside the domain and the tick labels', () => {
    const html = renderToStaticMarkup(
      createElement(LineChart, {
        ...BASE,
        rule: 0.5,
        markers: [
          { key: 'in', x: 0.5, y: 0.5, colour: 'blue' },
          { key: 'gone', x: 0.5, y: -Infinity, colour: 'blue' },
        ],
        formatX: (v) => `${v * 100}%`,
      }),
    );
    expect(html).toContain('<line x1="182" x2="182" y1="10" y2="180"');
    expect(html.match(/<circle/g)).toHaveLength(1);
    expect(html).toContain('<circle cx="182" cy="95"');
    expect(html).toContain('>50%</text>');
  });
});
