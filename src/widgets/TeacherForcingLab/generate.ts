/**
 * Text generation with a windowed character model, as the lab runs it for both of its models: the
 * model reads the last (up to) T characters, its prediction at the last of them is the next
 * character, which joins the text (greedy, always the argmax; no sampling, so the two runs differ
 * only by how they were trained).
 */

/** Predicts the id at position `at` of a window of T ids (positions after `at` are padding). */
export type NextId = (window: number[], at: number) => Promise<number>;

/** `count` ids generated after `prompt`, each from the model's own previous outputs. */
export async function generateIds(
  prompt: readonly number[],
  count: number,
  T: number,
  next: NextId,
): Promise<number[]> {
  const text = [...prompt];
  const out: number[] = [];
  for (let k = 0; k < count; k++) {
    const window = text.slice(-T);
    const at = window.length - 1;
    // A causal model's output at `at` does not depend on later inputs: pad with the last id.
    while (window.length < T) window.push(window[at]);
    const id = await next(window, at);
    text.push(id);
    out.push(id);
  }
  return out;
}

/** Index of the largest value in row `row` of a [rows, V] array. */
export function argmaxRow(values: ArrayLike<number>, row: number, V: number): number {
  let best = 0;
  for (let j = 1; j < V; j++) if (values[row * V + j] > values[row * V + best]) best = j;
  return best;
}

/** Share of positions where two strings agree (over the shorter length; 0 when empty). */
export function matchShare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/** Characters right before the first mistake. */
export function firstMismatch(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return n;
}
