/**
 * Generates the 10,000 series and fits the linear baseline off the main thread (about 1.5 s in
 * Node here: long enough to freeze the page for a moment).
 */
import { computeBaselines } from './baselines';

self.onmessage = (e: MessageEvent<{ seed: number; steps: number }>) => {
  try {
    const r = computeBaselines(e.data.seed, e.data.steps);
    (self as unknown as Worker).postMessage({ kind: 'done', result: r }, [
      r.validX.buffer,
      r.validY.buffer,
      r.linearPred.buffer,
    ]);
  } catch (err) {
    (self as unknown as Worker).postMessage({
      kind: 'error',
      message: err instanceof Error ? err.message : String(err),
    });
  }
};
