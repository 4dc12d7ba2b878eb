import { describe, expect, it } from 'vitest';
import { logTicks, fmt, signedScale, magnitudeScale } from './scales';
import { stackSummary, shapeText } from './ShapeCalculator';
import {
  bagOfWords,
  fixedWindow,
  sameVector,
  tokenize,
  vocabulary,
  windowParams,
} from './sequenceToys';
import { topK, hiddenPath } from './charLayout';
import { classifySteps, gradientRanges } from './GradientFlow';
import { lineLayout } from './lineLayout';
import { mae } from './ForecastView';
import { edgeInWindow, gradientWidth, stepRoles } from './unrolledLayout';
import { gridPixels } from './scene';
import { heatmapLayout } from './heatmapLayout';

describe('log-scale ticks', () => {
  it('are the powers of ten inside the range', () => {
    expect(logTicks(0.003, 20)).toEqual([0.01, 0.1, 1, 10]);
    expect(logTicks(1e-6, 1)).toEqual([1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 0.1, 1]);
  });
  it('fall back to 1-2-5 steps inside a single decade', () => {
    expect(logTicks(0.15, 0.9)).toEqual([0.2, 0.5]);
  });
  it('put a log axis in lineLayout at the same powers', () => {
    const l = lineLayout({
      width: 400,
      height: 200,
      log: true,
      series: [
        {
          label: 's',
          colour: 'red',
          points: [
            { x: 0, y: 0.02 },
            { x: 1, y: 30 },
          ],
        },
      ],
    });
    expect(l.yTicks.map((t) => t.label)).toEqual(['0.01', '0.1', '1', '10', '100']);
    // Higher values sit higher on screen.
    expect(l.yTicks[0].pos).toBeGreaterThan(l.yTicks[4].pos);
  });
});

describe('formatting and colour scales', () => {
  it('formats with three significant digits and a true minus', () => {
    expect(fmt(0.0123456)).toBe('0.0123');
    expect(fmt(-2)).toBe('−2');
    expect(fmt(NaN)).toBe('NaN');
    expect(fmt(undefined)).toBe('–');
  });
  it('centres the signed scale on zero and keeps symmetric values apart', () => {
    const s = signedScale(2);
    expect(s.domain).toEqual([-2, 2]);
    expect(s.colour(1)).not.toBe(s.colour(-1));
    expect(s.colour(5)).toBe(s.colour(2));
    expect(magnitudeScale(0, 1).scheme).toBe('unit');
  });
});

describe('shape calculator (Keras summary)', () => {
  const base = { timesteps: 2, features: 10, headUnits: null };
  it('SimpleRNN(3) on (2, 10): 42 params, output (None, 3)', () => {
    const { rows } = stackSummary({
      ...base,
      layers: [{ cell: 'simpleRnn', units: 3, returnSequences: false }],
    });
    expect(rows).toHaveLength(1);
    expect(rows[0].params).toBe(3 * (3 + 10 + 1));
    expect(rows[0].params).toBe(42);
    expect(shapeText(rows[0].outputShape)).toBe('(None, 3)');
  });
  it('with return_sequences the output is (None, 2, 3)', () => {
    const { rows } = stackSummary({
      ...base,
      layers: [{ cell: 'simpleRnn', units: 3, returnSequences: true }],
    });
    expect(shapeText(rows[0].outputShape)).toBe('(None, 2, 3)');
  });
  it('follows the LSTM 4×, GRU 3× (+ reset_after bias), Bidirectional 2× and Dense formulas', () => {
    const { rows } = stackSummary({
      timesteps: 5,
      features: 3,
      headUnits: 2,
      layers: [
        { cell: 'lstm', units: 4, returnSequences: true, bidirectional: true },
        { cell: 'gru', units: 5, returnSequences: false, gruResetAfter: true },
      ],
    });
    expect(rows.map((r) => r.params)).toEqual([
      2 * 4 * 4 * (4 + 3 + 1),
      3 * 5 * (5 + 8 + 2),
      (5 + 1) * 2,
    ]);
    expect(rows.map((r) => shapeText(r.outputShape))).toEqual([
      '(None, 5, 8)',
      '(None, 5)',
      '(None, 2)',
    ]);
  });
  it('reports a layer that receives no sequence', () => {
    const { errors } = stackSummary({
      ...base,
      layers: [
        { cell: 'lstm', units: 4, returnSequences: false },
        { cell: 'lstm', units: 4, returnSequences: false },
      ],
    });
    expect(errors).toContain('model.layer0.returnSequences');
  });
});

describe('sequence toys', () => {
  const a = tokenize('good, not bad');
  const b = tokenize('bad, not good');
  const vocab = vocabulary([a, b]);
  it('tokenizes without punctuation', () => {
    expect(a).toEqual(['good', 'not', 'bad']);
    expect(vocab).toEqual(['bad', 'good', 'not']);
  });
  it('gives identical bag-of-words vectors for the two sentences', () => {
    expect(bagOfWords(a, vocab)).toEqual([1, 1, 1]);
    expect(sameVector(bagOfWords(a, vocab), bagOfWords(b, vocab))).toBe(true);
  });
  it('gives different fixed-window vectors, each the one-hots of the last N words', () => {
    const wa = fixedWindow(a, 2, vocab);
    expect(wa.slots).toEqual(['not', 'bad']);
    expect(wa.vector).toEqual([0, 0, 1, 1, 0, 0]);
    expect(sameVector(wa.vector, fixedWindow(b, 2, vocab).vector)).toBe(false);
    expect(fixedWindow(a, 4, vocab).slots).toEqual([null, 'good', 'not', 'bad']);
  });
  it('counts unshared big-window weights N times the shared ones', () => {
    expect(windowParams(4, 10, 8)).toEqual({ unshared: 320, shared: 80 });
  });
});

describe('character view', () => {
  it('ranks predictions and marks right and wrong', () => {
    const data = {
      text: 'abc',
      vocab: ['a', 'b', 'c'],
      probs: [
        [0.1, 0.7, 0.2],
        [0.5, 0.1, 0.4],
      ],
      hidden: [
        [0, 1],
        [1, 0],
      ],
    };
    const pos = topK(data, 2);
    expect(pos[0]).toEqual({
      input: 'a',
      target: 'b',
      top: [
        { char: 'b', p: 0.7 },
        { char: 'c', p: 0.2 },
      ],
      right: true,
    });
    expect(pos[1].right).toBe(false);
    expect(hiddenPath(data.hidden)).toEqual({
      points: [
        [0, 1],
        [1, 0],
      ],
      explained: null,
    });
  });
});

describe('gradient ranges', () => {
  it('shades below 1e-3 of the largest norm and above 1e3 of the norm at the loss', () => {
    const norms = [1e-7, 1e-4, 0.01, 0.1, 1];
    expect(gradientRanges(norms).vanishBelow).toBeCloseTo(1e-3, 12);
    expect(classifySteps(norms)).toEqual({ vanishing: [1, 2], exploding: [] });
    expect(classifySteps([5000, 40, 2, 1]).exploding).toEqual([1]);
  });
  it('mean absolute error', () => {
    expect(mae([1, 2, 3], [1, 3, 5])).toBe(1);
  });
});

describe('unrolled network layout', () => {
  it('keeps exactly k − 1 recurrent edges inside a truncation window of k steps', () => {
    const T = 8;
    const inside = (k: number) =>
      Array.from({ length: T - 1 }, (_, i) => i + 1).filter((t) => edgeInWindow(t, T, k));
    expect(inside(3)).toEqual([6, 7]);
    expect(inside(T)).toHaveLength(T - 1);
    expect(inside(1)).toEqual([]);
  });
  it('assigns inputs, outputs and the loss per shape', () => {
    const roles = (s: Parameters<typeof stepRoles>[0]) =>
      stepRoles(s, 4)
        .map((r) => `${+r.input}${+r.output}`)
        .join(' ');
    expect(roles('manyToOne')).toBe('10 10 10 11');
    expect(roles('oneToMany')).toBe('11 01 01 01');
    expect(roles('manyToMany')).toBe('10 10 01 01');
    expect(roles('syncedManyToMany')).toBe('11 11 11 11');
    expect(stepRoles('oneToOne', 5)).toHaveLength(1);
    expect(stepRoles('encoderDecoder', 4).map((r) => r.decoder)).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
  it('draws gradient arrows thinner by decades below the largest', () => {
    expect(gradientWidth(1, 1)).toBe(6);
    expect(gradientWidth(1e-6, 1)).toBe(1);
    expect(gradientWidth(1e-3, 1)).toBeCloseTo(3.5, 12);
  });
});

describe('heatmap bitmap', () => {
  it('turns each cell colour into its RGBA bytes, as CSS defines the colours', () => {
    const pixels = gridPixels(
      {
        kind: 'grid',
        x: 0,
        y: 0,
        cellW: 4,
        cellH: 4,
        rows: 2,
        cols: 3,
        fills: [
          'rgb(10, 20, 30)',
          'steelblue',
          '#ff000080',
          'var(--muted)',
          '',
          'hsl(120, 100%, 25%)',
        ],
      },
      (c) => (c === 'var(--muted)' ? '#888888' : c),
    );
    expect(Array.from(pixels)).toEqual([
      ...[10, 20, 30, 255],
      ...[70, 130, 180, 255], // steelblue in CSS Color 4
      ...[255, 0, 0, 128],
      ...[136, 136, 136, 255],
      ...[0, 0, 0, 0], // no value: transparent
      ...[0, 128, 0, 255], // hsl(120, 100%, 25%) is CSS "green"
    ]);
  });

  it('leaves the missing cells of a short row empty and mutes non-finite values', () => {
    const scale = magnitudeScale(0, 1);
    const l = heatmapLayout({
      values: [[0.5, NaN], [0.25]],
      scale,
      maxWidth: 100,
      maxHeight: 100,
      left: 0,
      top: 0,
    });
    expect(l.scene.prims[0]).toMatchObject({
      kind: 'grid',
      rows: 2,
      cols: 2,
      fills: [scale.colour(0.5), 'var(--muted)', scale.colour(0.25), ''],
    });
  });
});
