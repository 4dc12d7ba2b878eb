/**
 * Pure helpers behind the character lab: turn a worker trace (one-hot inputs, logits per step,
 * target ids, hidden states) into the text, probabilities and decoded prediction the page shows.
 */
import type { Trace } from '../../engine/types';
import type { CharData } from '../../viz/charLayout';

/** Softmax of one row of logits, shifted by the maximum so large logits do not overflow. */
export function softmax(logits: readonly number[]): number[] {
  if (logits.length === 0) return [];
  const m = Math.max(...logits);
  const e = logits.map((z) => Math.exp(z - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/** Index of the largest value (the first one on ties). */
export function argmax(row: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < row.length; i++) if (row[i] > row[best]) best = i;
  return best;
}

/** What one traced sample says: input text, target text, predicted text and the view's data. */
export interface CharReading {
  input: string;
  target: string;
  predicted: string;
  /** Positions whose most probable character is the target. */
  correct: number;
  data: CharData;
}

/**
 * Decodes a trace of a character model whose head predicts a character at every step.
 * `chars`: index → character. `logits`: true when the head is linear (the loss applies softmax).
 */
export function readTrace(
  trace: Trace,
  chars: readonly string[],
  logits = true,
): CharReading | null {
  const first = trace.layers[0];
  const V = chars.length;
  if (!first || V === 0 || trace.predictionShape.length !== 2) return null;
  const [T, U] = trace.predictionShape;
  if (U !== V || first.inputs.length !== T) return null;
  const input = first.inputs.map((row) => chars[argmax(row)] ?? '?').join('');
  const probs: number[][] = [];
  for (let t = 0; t < T; t++) {
    const row = trace.prediction.slice(t * V, (t + 1) * V);
    probs.push(logits ? softmax(row) : row);
  }
  const predicted = probs.map((p) => chars[argmax(p)] ?? '?').join('');
  const target = (trace.target ?? []).map((i) => chars[i] ?? '?').join('');
  let correct = 0;
  for (let t = 0; t < T; t++) if (predicted[t] === target[t]) correct++;
  // The view reads text[p] as the input at p and text[p + 1] as its target.
  const text = input + (target.at(-1) ?? '');
  const hidden =
    trace.layers.filter((l) => l.direction === 'forward').at(-1)?.hidden ?? first.hidden;
  return { input, target, predicted, correct, data: { text, vocab: [...chars], probs, hidden } };
}
