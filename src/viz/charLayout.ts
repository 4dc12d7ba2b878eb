/** Pure computations behind the character view: top-k per position and the 2-D hidden path. */
import { pca } from './pca';

export interface CharData {
  /** The text; position p reads text[p] and predicts text[p + 1]. */
  text: string;
  vocab: string[];
  /** Next-character probabilities per position [positions][vocab]. */
  probs: number[][];
  /** Hidden state after each position [positions][units]. */
  hidden: number[][];
}

export interface CharPosition {
  input: string;
  target: string;
  top: { char: string; p: number }[];
  right: boolean;
}

/** For each position, the k most probable next characters and whether the best is the target. */
export function topK(data: CharData, k: number): CharPosition[] {
  return data.probs.map((row, p) => {
    const order = row.map((v, i) => [v, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    const top = order.slice(0, k).map(([v, i]) => ({ char: data.vocab[i], p: v }));
    const target = data.text[p + 1] ?? '';
    return { input: data.text[p], target, top, right: top[0]?.char === target };
  });
}

/**
 * The hidden states as 2-D points: as they are when there are two units, otherwise their PCA
 * projection, with the share of variance the two components keep.
 */
export function hiddenPath(hidden: number[][]): {
  points: [number, number][];
  explained: number | null;
} {
  const d = hidden[0]?.length ?? 0;
  if (d <= 2) return { points: hidden.map((h) => [h[0] ?? 0, h[1] ?? 0]), explained: null };
  const p = pca(hidden, 2);
  const kept = p.variances[0] + p.variances[1];
  return {
    points: p.projected.map((q) => [q[0], q[1]]),
    explained: p.totalVariance > 0 ? kept / p.totalVariance : 1,
  };
}

/** Shows whitespace visibly: a space is "␣", a newline "↵". */
export function showChar(c: string): string {
  return c === ' ' ? '␣' : c === '\n' ? '↵' : c;
}
