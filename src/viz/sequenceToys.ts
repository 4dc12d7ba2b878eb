/**
 * Three ways to turn a sentence into a fixed-size vector without recurrence, as pure functions:
 * a fixed window of the last N words (one-hot, concatenated), a bag of words (counts: order lost),
 * and a big window with one weight matrix per position (nothing shared).
 */

/** Lower-cased words; punctuation is dropped so "good," and "good" are the same word. */
export function tokenize(sentence: string): string[] {
  return sentence
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.length > 0);
}

/** The sorted set of words over several sentences: one vocabulary shared by the comparison. */
export function vocabulary(sentences: string[][]): string[] {
  return [...new Set(sentences.flat())].sort();
}

export function oneHot(word: string | null, vocab: string[]): number[] {
  return vocab.map((v) => (v === word ? 1 : 0));
}

/**
 * The window of the last `n` words as slots (null = padding before the sentence starts) and the
 * concatenation of their one-hot vectors, oldest first: length n·|V|.
 */
export function fixedWindow(words: string[], n: number, vocab: string[]) {
  const slots: (string | null)[] = [];
  for (let k = words.length - n; k < words.length; k++) slots.push(k >= 0 ? words[k] : null);
  return { slots, vector: slots.flatMap((w) => oneHot(w, vocab)) };
}

/** Word counts over the vocabulary: any reordering of the words gives the same vector. */
export function bagOfWords(words: string[], vocab: string[]): number[] {
  return vocab.map((v) => words.filter((w) => w === v).length);
}

/**
 * Parameters of a hidden layer of `hidden` units reading a window of `n` one-hot words: unshared
 * (a separate |V|×H matrix per position, the big window) versus shared (one matrix, as an RNN's Wx).
 */
export function windowParams(n: number, vocabSize: number, hidden: number) {
  return { unshared: n * vocabSize * hidden, shared: vocabSize * hidden };
}

export function sameVector(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
