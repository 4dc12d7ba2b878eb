/**
 * The data part of a generated script, shared by the Keras and PyTorch versions: plain NumPy that
 * ends with `x_train, y_train, x_valid, y_valid`. Each data set is rebuilt with the course's recipe
 * (the notes' `generate_time_series`, sliding windows over a text, padded word ids); random draws
 * come from NumPy's generator, so the numbers match the browser's in kind, not digit for digit.
 */
import { LONG_SENTENCE } from '../../engine/data/chars';
import type { DataDescription } from '../types';
import { comment, pyFloat, pyNum, pyStr, pyStrList } from './python';

/** Texts of the short character data sets, as the engine builds them (engine/data/chars.ts). */
const SHORT_TEXTS: Record<string, string> = {
  hello: 'hello',
  hihello: 'hihello',
  'if-you-want-you': ' if you want you',
  'long-sentence': LONG_SENTENCE,
};

/** Files the course ships under public/data/, with the column a series is read from. */
const SHIPPED: Record<string, { file: string; column?: string }> = {
  'air-passengers': { file: 'air-passengers.csv', column: 'passengers' },
  'shampoo-sales': { file: 'shampoo-sales.csv', column: 'sales' },
  'moby-dick': { file: 'moby-dick-chapter-1.txt' },
  sentences: { file: 'imdb-sentences.json' },
};

/** The imports the data part needs (the frameworks add their own). */
export function dataImports(data: DataDescription): string[] {
  const lines = ['import numpy as np'];
  if (data.kind === 'csv' || (data.kind === 'series' && data.name !== 'synthetic'))
    lines.unshift('import csv');
  if (data.kind === 'sentences') lines.unshift('import json', 'import re');
  return lines;
}

/** Lines that cut a 1-D `values` array into windows: x [n, T, 1] and y for the target. */
function seriesWindows(data: DataDescription, source: 'series' | 'values'): string[] {
  const lines: string[] = [];
  if (source === 'values') {
    lines.push(
      '# Every window of T + HORIZON consecutive values, in time order.',
      'windows = np.lib.stride_tricks.sliding_window_view(values, T + HORIZON)',
    );
  }
  const w = source === 'values' ? 'windows' : 'series';
  lines.push(`x = ${w}[:, :T, np.newaxis]  # [n, T, 1]`);
  if (data.target === 'everyStep') {
    lines.push(
      '# At every step t the HORIZON values after it: y[:, t, k - 1] = series[:, t + k].',
      `y = np.stack([${w}[:, k:k + T] for k in range(1, HORIZON + 1)], axis=-1)  # [n, T, HORIZON]`,
    );
  } else {
    lines.push(`y = ${w}[:, T:T + HORIZON]  # [n, HORIZON]`);
  }
  return lines;
}

/**
 * Split in order: the first N_TRAIN examples train, the next N_VALID validate. `gap` skips windows
 * between the parts (a series' validation starts HORIZON − 1 windows later, so that no value is a
 * target of both, as the lab's windowing does).
 */
function orderedSplit(data: DataDescription, gap = false): string[] {
  if (data.sameAsTrain || data.validExamples === 0) {
    return [
      `N_TRAIN = ${pyNum(data.trainExamples)}`,
      'x_train, y_train = x[:N_TRAIN], y[:N_TRAIN]',
      '# The lab checks memorisation here: it validates on the training examples.',
      'x_valid, y_valid = x_train, y_train',
    ];
  }
  return [
    `N_TRAIN, N_VALID = ${pyNum(data.trainExamples)}, ${pyNum(data.validExamples)}`,
    ...(gap
      ? [
          '# Validation starts HORIZON - 1 windows after training ends: no value is a target of both.',
          'VALID_START = N_TRAIN + HORIZON - 1',
        ]
      : ['VALID_START = N_TRAIN']),
    'x_train, y_train = x[:N_TRAIN], y[:N_TRAIN]',
    'x_valid, y_valid = x[VALID_START:VALID_START + N_VALID], y[VALID_START:VALID_START + N_VALID]',
  ];
}

function syntheticSeries(data: DataDescription): string[] {
  return [
    ...comment(
      "The course's synthetic series (the notes' generate_time_series): two sines with random " +
        'frequencies and phases plus uniform noise. NumPy draws other random numbers than the ' +
        'browser does, so the series are new ones of the same kind.',
    ),
    'def generate_time_series(batch_size, n_steps, rng):',
    '    freq1, freq2, offsets1, offsets2 = rng.random((4, batch_size, 1))',
    '    time = np.linspace(0, 1, n_steps)',
    '    series = 0.5 * np.sin((time - offsets1) * (freq1 * 10 + 10))',
    '    series += 0.2 * np.sin((time - offsets2) * (freq2 * 20 + 20))',
    '    series += 0.1 * (rng.random((batch_size, n_steps)) - 0.5)',
    '    return series.astype(np.float32)',
    '',
    '',
    `DATA_SEED = ${pyNum(data.seed ?? 42)}`,
    `T, HORIZON = ${pyNum(data.timesteps)}, ${pyNum(data.horizon)}`,
    `series = generate_time_series(${pyNum(data.trainExamples + data.validExamples)}, T + HORIZON, np.random.default_rng(DATA_SEED))`,
    ...seriesWindows(data, 'series'),
    ...orderedSplit(data),
  ];
}

function csvSeries(data: DataDescription): string[] {
  const shipped = SHIPPED[data.name];
  const file = shipped?.file ?? data.name;
  const column = data.column ?? shipped?.column ?? 'value';
  const norm = data.normalization;
  return [
    ...(shipped
      ? comment(`${file} ships with the course (public/data/); put a copy next to this script.`)
      : comment('Your CSV file: put it next to this script, or give its path here.')),
    `CSV_PATH = ${pyStr(file)}`,
    `COLUMN = ${pyStr(column)}`,
    "with open(CSV_PATH, newline='', encoding='utf-8') as f:",
    '    values = np.array([float(row[COLUMN]) for row in csv.DictReader(f)], dtype=np.float32)',
    ...(norm
      ? [
          "# Standardised with the training part's mean and SD, as the lab did.",
          `MEAN, STD = ${pyFloat(norm.mean)}, ${pyFloat(norm.std)}`,
          'values = (values - MEAN) / STD',
        ]
      : []),
    `T, HORIZON = ${pyNum(data.timesteps)}, ${pyNum(data.horizon)}`,
    ...seriesWindows(data, 'values'),
    ...orderedSplit(data, true),
  ];
}

function charWindows(data: DataDescription): string[] {
  const short = SHORT_TEXTS[data.name];
  const lines: string[] = [];
  if (short !== undefined) {
    lines.push(`text = ${pyStr(short)}`);
  } else {
    const file = SHIPPED[data.name]?.file ?? data.name;
    lines.push(
      ...comment(`${file} ships with the course (public/data/); put a copy next to this script.`),
      `with open(${pyStr(file)}, encoding='utf-8') as f:`,
      '    # Lower-cased, runs of white space collapsed to one space, as the lab reads it.',
      "    text = ' '.join(f.read().lower().split())",
    );
  }
  const vocab = data.vocabulary ?? [];
  lines.push(
    "# The character set in the lab's order: index → character.",
    vocab.length > 0 ? `CHARS = ${pyStrList(vocab)}` : 'CHARS = list(dict.fromkeys(text))',
    'char_index = {c: i for i, c in enumerate(CHARS)}',
    '# Characters outside the set (rare symbols) are dropped.',
    'ids = np.array([char_index[c] for c in text if c in char_index], dtype=np.int64)',
    `T = ${pyNum(data.timesteps)}`,
    ...(data.name === 'moby-dick'
      ? ["STRIDE = 7  # a window every 7 characters, as the lab's Moby-Dick set"]
      : ['STRIDE = 1']),
    '# Windows of T characters and the same windows one character later (next-character targets).',
    'starts = np.arange(0, len(ids) - T, STRIDE)',
    'x = np.stack([ids[s:s + T] for s in starts])  # [n, T] character ids',
    ...(data.target === 'everyStep'
      ? ['y = np.stack([ids[s + 1:s + T + 1] for s in starts])  # [n, T] the next characters']
      : ["y = ids[starts + T]  # [n] the character after each window (the last step's target)"]),
    ...orderedSplit(data),
  );
  return lines;
}

function sentences(data: DataDescription, vocabSize: number): string[] {
  const file = SHIPPED[data.name]?.file ?? data.name;
  return [
    ...comment(
      `${file} ships with the course (public/data/): [{"text": ..., "label": 0 or 1}, ...].`,
    ),
    `with open(${pyStr(file)}, encoding='utf-8') as f:`,
    '    records = json.load(f)',
    '',
    '',
    'def tokenize(text):',
    '    # Lower-case words: letters, digits and inner apostrophes ("don\'t"); punctuation dropped.',
    `    return re.findall(r"[a-z0-9]+(?:'[a-z]+)*", text.lower())`,
    '',
    '',
    `VOCAB_SIZE, T, VALID_FRACTION, SPLIT_SEED = ${pyNum(vocabSize)}, ${pyNum(data.timesteps)}, ${pyNum(data.validFraction)}, ${pyNum(data.seed ?? 1)}`,
    'order = np.random.default_rng(SPLIT_SEED).permutation(len(records))',
    'n_valid = round(len(records) * VALID_FRACTION)',
    'train_records = [records[i] for i in order[:len(records) - n_valid]]',
    'valid_records = [records[i] for i in order[len(records) - n_valid:]]',
    '# The VOCAB_SIZE - 2 most frequent training words (ties alphabetical); 0 pads, 1 is any other word.',
    'counts = {}',
    'for r in train_records:',
    "    for w in tokenize(r['text']):",
    '        counts[w] = counts.get(w, 0) + 1',
    'ranked = sorted(counts, key=lambda w: (-counts[w], w))[:VOCAB_SIZE - 2]',
    'word_index = {w: i + 2 for i, w in enumerate(ranked)}',
    '',
    '',
    'def encode(rows):',
    "    # Keras pad_sequences' defaults: keep the last T ids, zeros in front of short sentences.",
    '    x = np.zeros((len(rows), T), dtype=np.int64)',
    '    for i, r in enumerate(rows):',
    "        ids = [word_index.get(w, 1) for w in tokenize(r['text'])][-T:]",
    '        if ids:',
    '            x[i, T - len(ids):] = ids',
    "    y = np.array([[r['label']] for r in rows], dtype=np.float32)  # [n, 1]",
    '    return x, y',
    '',
    '',
    'x_train, y_train = encode(train_records)',
    'x_valid, y_valid = encode(valid_records)',
  ];
}

/** The data part: NumPy lines that end with x_train, y_train, x_valid, y_valid defined. */
export function dataSection(data: DataDescription, vocabSize: number): string[] {
  if (data.kind === 'series' && data.name === 'synthetic') return syntheticSeries(data);
  if (data.kind === 'series' || data.kind === 'csv') return csvSeries(data);
  if (data.kind === 'chars') return charWindows(data);
  return sentences(data, vocabSize);
}
