/**
 * Character-level data sets of the notes: one-hot 'hello', 'hihello', ' if you want you' and the
 * long sentence cut into windows of 10. Inputs are token ids [n, T] (the model one-hot encodes
 * them); targets are the ids of the next characters [n, T].
 */
import type { SequenceData } from '../types';

/** A character vocabulary: index → character and character → index. */
export interface CharSet {
  chars: string[];
  index: Record<string, number>;
}

/** The characters of `text` in order of first appearance (or in the given order). */
export function buildCharSet(text: string, order?: string[]): CharSet {
  const chars = order ? [...order] : [];
  if (!order) for (const c of text) if (!chars.includes(c)) chars.push(c);
  const index: Record<string, number> = Object.create(null);
  chars.forEach((c, i) => (index[c] = i));
  for (const c of text) {
    if (!(c in index)) throw new Error(`character ${JSON.stringify(c)} is not in the set`);
  }
  return { chars, index };
}

export function encode(text: string, charSet: CharSet): number[] {
  return [...text].map((c) => charSet.index[c]);
}

export function decode(ids: ArrayLike<number>, charSet: CharSet): string {
  return Array.from(ids, (i) => charSet.chars[i]).join('');
}

/** A character data set: the ids and the vocabulary that produced them. */
export interface CharDataset {
  data: SequenceData;
  charSet: CharSet;
  /** The text the windows were cut from. */
  text: string;
  windowLength: number;
}

/**
 * Every window of `windowLength` characters and the same window shifted by one:
 * x = text[i : i+L], y = text[i+1 : i+L+1] for i = 0 … len − L − 1 (the notes' loop).
 * With `windowLength = len − 1` this is the single pair x = text[:-1], y = text[1:]. A `stride`
 * above 1 keeps every stride-th window (long texts).
 */
export function slidingWindows(
  text: string,
  windowLength: number,
  charSet?: CharSet,
  stride = 1,
): CharDataset {
  const set = charSet ?? buildCharSet(text);
  const ids = encode(text, set);
  const starts = ids.length - windowLength;
  if (starts < 1) {
    throw new Error(`text of ${ids.length} characters is too short for windows of ${windowLength}`);
  }
  const n = Math.ceil(starts / stride);
  const x = new Int32Array(n * windowLength);
  const y = new Int32Array(n * windowLength);
  for (let i = 0; i < n; i++) {
    const start = i * stride;
    for (let t = 0; t < windowLength; t++) {
      x[i * windowLength + t] = ids[start + t];
      y[i * windowLength + t] = ids[start + t + 1];
    }
  }
  return {
    data: { x, xShape: [n, windowLength], y, yShape: [n, windowLength] },
    charSet: set,
    text,
    windowLength,
  };
}

/** 'hihello': char set h, i, e, l, o in the notes' order; x = "hihell", y = "ihello". */
export function hihello(): CharDataset {
  const text = 'hihello';
  return slidingWindows(text, text.length - 1, buildCharSet(text, ['h', 'i', 'e', 'l', 'o']));
}

/** 'hello' with the notes' one-hot order h, e, l, o: x = "hell", y = "ello". */
export function hello(): CharDataset {
  const text = 'hello';
  return slidingWindows(text, text.length - 1, buildCharSet(text, ['h', 'e', 'l', 'o']));
}

/**
 * The notes' batch of three for input_size 4: "hello", "eolll", "lleel" as one-hot rows
 * [3, 5, 4], the example of a batch of sequences (no targets).
 */
export function helloBatch(): {
  x: Float32Array;
  shape: [number, number, number];
  charSet: CharSet;
} {
  const charSet = buildCharSet('helo', ['h', 'e', 'l', 'o']);
  const rows = ['hello', 'eolll', 'lleel'];
  const x = new Float32Array(rows.length * 5 * 4);
  rows.forEach((row, b) => encode(row, charSet).forEach((id, t) => (x[(b * 5 + t) * 4 + id] = 1)));
  return { x, shape: [rows.length, 5, 4], charSet };
}

/** ' if you want you' as one pair x = text[:-1], y = text[1:]. */
export function ifYouWantYou(): CharDataset {
  const text = ' if you want you';
  return slidingWindows(text, text.length - 1);
}

export const LONG_SENTENCE =
  "if you want to build a ship, don't drum up people together to " +
  "collect wood and don't assign them tasks and work, but rather " +
  'teach them to long for the endless immensity of the sea.';

/** The notes' long sentence cut into windows of 10 ("if you wan" → "f you want", …). */
export function longSentence(windowLength = 10): CharDataset {
  return slidingWindows(LONG_SENTENCE, windowLength);
}

/**
 * The windows' predictions joined back into one string as the notes do: the whole first window,
 * then the last character of every later one.
 */
export function joinWindowPredictions(
  predicted: ArrayLike<number>,
  n: number,
  windowLength: number,
  charSet: CharSet,
): string {
  let out = '';
  for (let i = 0; i < n; i++) {
    if (i === 0) out += decode(Array.from(predicted).slice(0, windowLength), charSet);
    else out += charSet.chars[predicted[i * windowLength + windowLength - 1]];
  }
  return out;
}

/**
 * A character model's data from a longer text (a Moby-Dick chapter): lower-cased, whitespace runs
 * collapsed to one space, characters outside the `maxChars` most frequent ones dropped (so rare symbols do not
 * widen the softmax), then windows of `windowLength` every `stride` characters.
 */
export function textWindows(
  raw: string,
  windowLength: number,
  stride: number,
  maxChars = 64,
): CharDataset {
  const squashed = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  const counts = new Map<string, number>();
  for (const c of squashed) counts.set(c, (counts.get(c) ?? 0) + 1);
  const kept = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, maxChars)
    .map(([c]) => c);
  const keep = new Set(kept);
  const text = [...squashed].filter((c) => keep.has(c)).join('');
  return slidingWindows(text, windowLength, buildCharSet(text, kept.sort()), stride);
}
