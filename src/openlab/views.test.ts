import { describe, expect, it } from 'vitest';
import { makeSentimentSplit, tokenize } from '../engine/data';
import type { LayerTrace, Trace } from '../engine/types';
import { forecastOf, sentenceOf } from './views';

const layer = (inputs: number[][]): LayerTrace => ({
  layer: 0,
  direction: 'forward',
  cell: 'simpleRnn',
  units: 1,
  inputs,
  hidden: inputs,
  gates: {},
});

const trace = (over: Partial<Trace>): Trace => ({
  sample: 0,
  step: 1,
  layers: [layer([[0.1], [0.2], [0.3]])],
  prediction: [0.4],
  predictionShape: [1],
  target: [0.5],
  ...over,
});

describe('the forecast view', () => {
  it('draws the window, the next values and their forecast', () => {
    expect(forecastOf(trace({ prediction: [1, 2], predictionShape: [2], target: [3, 4] }))).toEqual(
      {
        history: [0.1, 0.2, 0.3],
        truth: [3, 4],
        prediction: [1, 2],
      },
    );
  });

  it('takes the last step of an every-step head (T = 3, horizon 2)', () => {
    const t = trace({
      prediction: [1, 2, 3, 4, 5, 6],
      predictionShape: [3, 2],
      target: [9, 9, 9, 9, 7, 8],
    });
    expect(forecastOf(t)).toMatchObject({ truth: [7, 8], prediction: [5, 6] });
  });

  it('draws nothing for token inputs or a missing trace', () => {
    expect(forecastOf(null)).toBeNull();
    expect(
      forecastOf(
        trace({
          layers: [
            layer([
              [1, 0],
              [0, 1],
            ]),
          ],
        }),
      ),
    ).toBeNull();
  });
});

describe('the sentence view', () => {
  it('decodes the traced sentence with the vocabulary the data was built with', () => {
    const rows = [
      { text: 'a great film', label: 1 },
      { text: 'dull and slow', label: 0 },
      { text: 'great great acting', label: 1 },
      { text: 'slow film', label: 0 },
    ];
    const d = makeSentimentSplit(rows, { vocabSize: 20, maxLen: 5, testFraction: 0.5, seed: 3 });
    const s = sentenceOf(trace({ prediction: [0.8] }), d.split, 1, d.vocab.words);
    // Words the training sentences never used read as <unk>.
    const known = (w: string) => (Object.hasOwn(d.vocab.index, w) ? w : '<unk>');
    expect(s?.text).toBe(tokenize(d.validText[1]).map(known).join(' '));
    expect(s?.label).toBe(rows.find((r) => r.text === d.validText[1])!.label);
    expect(s?.p).toBe(0.8);
    expect(sentenceOf(trace({}), d.split, 5, d.vocab.words)).toBeNull();
  });
});
