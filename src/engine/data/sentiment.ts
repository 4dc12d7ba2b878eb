/**
 * Review sentences for many-to-one sentiment classification (the notes' IMDB experiment, scaled to
 * the 1,000 labelled sentences we can ship): tokenizer, vocabulary cut by frequency on the training
 * split, Keras-style padding to a fixed length, seeded train/test split.
 */
import { createRng, permutation } from '../rng';
import type { DataSplit } from '../types';

export interface LabelledSentence {
  text: string;
  /** 1 positive, 0 negative. */
  label: number;
}

/** Index 0 pads, index 1 stands for any word outside the vocabulary. */
export const PAD = 0;
export const OOV = 1;

/** Lower-case words: letters, digits and inner apostrophes ("don't"); punctuation is dropped. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)*/g) ?? [];
}

/** A vocabulary: the most frequent words, id 2 for the most frequent. */
export interface Vocabulary {
  /** id → word; ids 0 and 1 are '<pad>' and '<unk>'. */
  words: string[];
  index: Record<string, number>;
}

/**
 * Keeps the `size − 2` most frequent words of the given token lists (ties broken alphabetically, so
 * the result does not depend on the order of the sentences), like `num_words` in Keras' loader.
 */
export function buildVocabulary(tokenLists: string[][], size: number): Vocabulary {
  const counts = new Map<string, number>();
  for (const tokens of tokenLists) for (const w of tokens) counts.set(w, (counts.get(w) ?? 0) + 1);
  const ranked = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, Math.max(0, size - 2))
    .map(([w]) => w);
  const words = ['<pad>', '<unk>', ...ranked];
  const index: Record<string, number> = Object.create(null);
  words.forEach((w, i) => (index[w] = i));
  return { words, index };
}

export function encodeTokens(tokens: string[], vocab: Vocabulary): number[] {
  return tokens.map((w) => vocab.index[w] ?? OOV);
}

/**
 * Keras `pad_sequences` with its defaults (padding='pre', truncating='pre'): a long sequence keeps
 * its last `maxLen` ids, a short one gets zeros in front.
 */
export function padSequences(seqs: number[][], maxLen: number): Int32Array {
  const out = new Int32Array(seqs.length * maxLen);
  seqs.forEach((seq, i) => {
    const kept = seq.length > maxLen ? seq.slice(seq.length - maxLen) : seq;
    out.set(kept, i * maxLen + (maxLen - kept.length));
  });
  return out;
}

export interface SentimentOptions {
  vocabSize: number;
  maxLen: number;
  /** Share of sentences held out for testing. */
  testFraction: number;
  seed: number;
}

export interface SentimentDataset {
  split: DataSplit;
  vocab: Vocabulary;
  /** Sentences of the validation split, in order, for showing predictions next to the text. */
  validText: string[];
}

/**
 * Seeded shuffle, split, vocabulary from the training sentences only (the test words must not leak
 * into it), padded ids x [n, maxLen] and labels y [n, 1].
 */
export function makeSentimentSplit(
  sentences: LabelledSentence[],
  options: SentimentOptions,
): SentimentDataset {
  const order = permutation(sentences.length, createRng(options.seed));
  const nTest = Math.round(sentences.length * options.testFraction);
  const nTrain = sentences.length - nTest;
  const pick = (from: number, count: number) =>
    Array.from(order.subarray(from, from + count), (i) => sentences[i]);
  const train = pick(0, nTrain);
  const test = pick(nTrain, nTest);
  const vocab = buildVocabulary(
    train.map((s) => tokenize(s.text)),
    options.vocabSize,
  );
  const toData = (rows: LabelledSentence[]) => ({
    x: padSequences(
      rows.map((s) => encodeTokens(tokenize(s.text), vocab)),
      options.maxLen,
    ),
    xShape: [rows.length, options.maxLen],
    y: Float32Array.from(rows, (s) => s.label),
    yShape: [rows.length, 1],
  });
  return {
    split: { train: toData(train), valid: toData(test) },
    vocab,
    validText: test.map((s) => s.text),
  };
}

/** Parses `imdb-sentences.json` and checks every record. */
export function parseSentences(json: string): LabelledSentence[] {
  const rows: unknown = JSON.parse(json);
  if (!Array.isArray(rows)) throw new Error('sentences: expected an array');
  return rows.map((r, i) => {
    const { text, label } = r as { text?: unknown; label?: unknown };
    if (typeof text !== 'string' || (label !== 0 && label !== 1)) {
      throw new Error(`sentences: record ${i} is not {text, label: 0|1}`);
    }
    return { text, label };
  });
}
