/**
 * Builds the data a lab run trains on, in the page, from the course's own factories (the synthetic
 * series, the character sets, the review sentences) or a series (shipped file or student's CSV)
 * cut by `windowSeries`. The worker then receives it as a custom run `{ model, train, data }`.
 * Returns the split with its description, or a message; never throws.
 */
import {
  hello,
  hihello,
  ifYouWantYou,
  longSentence,
  makeSentimentSplit,
  makeSeriesSplit,
  parseSentences,
  textWindows,
  type CharDataset,
} from '../engine/data';
import type { DataSplit, EngineMessage, SequenceData } from '../engine/types';
import { dataSetInfo } from './catalog';
import { parseCsv } from './csv';
import { SENTENCE_VOCAB, effectiveSettings } from './settings';
import type { DataDescription, LabSettings } from './types';
import { windowSeries } from './windowing';

/** A series the student uploaded: kept in the page only, never in the link. */
export interface UploadedSeries {
  fileName: string;
  column: string;
  values: number[];
}

export type LabData =
  | { ok: true; split: DataSplit; description: DataDescription }
  | { ok: false; message: EngineMessage };

/** Reads a file shipped in public/ (the page passes a fetch; tests read from disk). */
export type LoadText = (path: string) => Promise<string>;

const fail = (code: string, params: Record<string, string | number> = {}): LabData => ({
  ok: false,
  message: { code, params, severity: 'error' },
});

/** The last step's target of every window: [n, T] ids → [n] ids, for a head that reads step T. */
export function lastStepTargets(d: SequenceData): SequenceData {
  const [n, T] = d.yShape;
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) y[i] = d.y[i * T + T - 1];
  return { x: d.x, xShape: d.xShape, y, yShape: [n] };
}

/** The first `from`…`to` examples of a token data set (sizes along the first axis). */
function rows(d: SequenceData, from: number, to: number): SequenceData {
  const xs = d.xShape.slice(1).reduce((a, b) => a * b, 1);
  const ys = d.yShape.slice(1).reduce((a, b) => a * b, 1);
  return {
    x: d.x.slice(from * xs, to * xs),
    xShape: [to - from, ...d.xShape.slice(1)],
    y: d.y.slice(from * ys, to * ys),
    yShape: [to - from, ...d.yShape.slice(1)],
  };
}

function charData(s: LabSettings, set: CharDataset, memorise: boolean): LabData {
  const pick = (d: SequenceData) => (s.head === 'last' ? lastStepTargets(d) : d);
  const n = set.data.xShape[0];
  let split: DataSplit;
  if (memorise) {
    split = { train: pick(set.data), valid: pick(set.data) };
  } else {
    const cut = n - Math.max(1, Math.round(n * s.valid));
    if (cut < 1)
      return fail('series.tooShort', { length: n, timesteps: s.steps, horizon: 1, needed: 2 });
    split = { train: pick(rows(set.data, 0, cut)), valid: pick(rows(set.data, cut, n)) };
  }
  return {
    ok: true,
    split,
    description: describe(s, split, 'chars', {
      vocabulary: [...set.charSet.chars],
      features: set.charSet.chars.length,
      validFraction: memorise ? 0 : s.valid,
      sameAsTrain: memorise,
    }),
  };
}

function describe(
  s: LabSettings,
  split: DataSplit,
  kind: DataDescription['kind'],
  extra: Partial<DataDescription>,
): DataDescription {
  return {
    kind,
    name: s.data,
    timesteps: split.train.xShape[1],
    features: 1,
    horizon: s.horizon,
    target: s.head,
    trainExamples: split.train.xShape[0],
    validExamples: split.valid.xShape[0],
    validFraction: s.valid,
    ...extra,
  };
}

function seriesData(
  s: LabSettings,
  values: ArrayLike<number>,
  extra: Partial<DataDescription>,
): LabData {
  const elements = seriesElements(s, Math.max(0, values.length - s.steps - s.horizon + 1));
  if (elements > MAX_ELEMENTS) return tooLarge(elements);
  const w = windowSeries(values, {
    timesteps: s.steps,
    horizon: s.horizon,
    target: s.head,
    validFraction: s.valid,
  });
  if (!w.ok) return w;
  const kind = s.data === 'csv' ? 'csv' : 'series';
  return {
    ok: true,
    split: w.split,
    description: describe(s, w.split, kind, { normalization: w.normalization, ...extra }),
  };
}

/** Most numbers (inputs and targets) a split may hold: 8 M floats are 32 MB, cloned once to the worker. */
export const MAX_ELEMENTS = 8_000_000;

/** Numbers in the examples of a series cut into `windows` windows with these settings. */
export function seriesElements(s: LabSettings, windows: number): number {
  const perTarget = s.head === 'everyStep' ? s.steps * s.horizon : s.horizon;
  return windows * (s.steps + perTarget);
}

function tooLarge(elements: number): LabData {
  return fail('data.tooLarge', {
    elements: Math.ceil(elements / 1e6),
    max: MAX_ELEMENTS / 1e6,
  });
}

async function build(
  raw: LabSettings,
  upload: UploadedSeries | null,
  load: LoadText,
): Promise<LabData> {
  const s = effectiveSettings(raw);
  const info = dataSetInfo(s.data);
  switch (s.data) {
    case 'synthetic': {
      const elements = seriesElements(s, s.series);
      if (elements > MAX_ELEMENTS) return tooLarge(elements);
      const nValid = Math.round(s.series * s.valid);
      const split = makeSeriesSplit({
        target: s.head === 'everyStep' ? 'everyStep' : 'ahead',
        seed: s.dataSeed,
        inputSteps: s.steps,
        horizon: s.horizon,
        sizes: { train: s.series - nValid, valid: nValid, test: 0 },
      });
      const { train, valid } = split;
      return {
        ok: true,
        split: { train, valid },
        description: describe(s, split, 'series', { seed: s.dataSeed }),
      };
    }
    case 'air-passengers':
    case 'shampoo-sales': {
      const table = parseCsv(await load(info.file as string));
      if (!table.ok) return table;
      const column = table.table.columns[table.table.columns.length - 1];
      return seriesData(s, column.values, { column: column.name });
    }
    case 'csv':
      if (!upload) return fail('csv.none');
      return seriesData(s, upload.values, { name: upload.fileName, column: upload.column });
    case 'hello':
      return charData(s, hello(), info.memorise === true);
    case 'hihello':
      return charData(s, hihello(), info.memorise === true);
    case 'if-you-want-you':
      return charData(s, ifYouWantYou(), info.memorise === true);
    case 'long-sentence':
      return charData(s, longSentence(s.steps), info.memorise === true);
    case 'moby-dick':
      // Lower-cased, the 40 most frequent characters, a window every 7 characters (as the course's
      // Moby-Dick lab), split in reading order.
      return charData(
        s,
        textWindows(await load(info.file as string), s.steps, 7, 40),
        info.memorise === true,
      );
    case 'sentences': {
      const d = makeSentimentSplit(parseSentences(await load(info.file as string)), {
        vocabSize: SENTENCE_VOCAB,
        maxLen: s.steps,
        testFraction: s.valid,
        seed: s.dataSeed,
      });
      return {
        ok: true,
        split: d.split,
        description: describe(s, d.split, 'sentences', {
          vocabulary: d.vocab.words,
          seed: s.dataSeed,
        }),
      };
    }
  }
}

/** The run's data for these settings; a failed load or a refused series gives a message. */
export async function buildLabData(
  s: LabSettings,
  upload: UploadedSeries | null,
  load: LoadText,
): Promise<LabData> {
  try {
    return await build(s, upload, load);
  } catch (e) {
    return fail('data.load', { detail: String(e).slice(0, 160) });
  }
}
