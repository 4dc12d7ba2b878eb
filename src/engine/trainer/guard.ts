/**
 * The divergence guard: a step's loss is bad when it is not finite, or when it exceeds `factor`
 * times the median of the recent losses while also being worse than where training started (so a
 * noisy batch late in training, small in absolute terms, does not count as divergence).
 */
import type { EngineMessage, TrainConfig } from '../types';

export type Verdict = { ok: true } | { ok: false; reason: 'nonFinite' | 'spike'; median: number };

export class DivergenceGuard {
  private readonly recent: number[] = [];
  private first: number | null = null;

  constructor(
    private readonly factor = 10,
    private readonly window = 50,
    private readonly minHistory = 10,
  ) {}

  check(loss: number): Verdict {
    if (!Number.isFinite(loss)) return { ok: false, reason: 'nonFinite', median: this.median() };
    if (this.first === null) this.first = loss;
    if (this.recent.length >= this.minHistory) {
      const median = this.median();
      if (loss > this.factor * median && loss > this.first)
        return { ok: false, reason: 'spike', median };
    }
    this.recent.push(loss);
    if (this.recent.length > this.window) this.recent.shift();
    return { ok: true };
  }

  median(): number {
    if (this.recent.length === 0) return NaN;
    const s = [...this.recent].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  }

  reset(): void {
    this.recent.length = 0;
    this.first = null;
  }
}

/** What the page says after a divergence: where, how bad, and what to try (see messages.ts). */
export function divergenceMessage(
  reason: 'nonFinite' | 'spike',
  loss: number,
  median: number,
  step: number,
  train: Pick<TrainConfig, 'learningRate' | 'clipNorm'>,
  restored: boolean,
): EngineMessage {
  return {
    code: 'train.diverged',
    severity: 'error',
    params: {
      reason,
      loss: Number.isFinite(loss) ? loss : String(loss),
      median: Number.isFinite(median) ? median : 'none',
      step,
      learningRate: train.learningRate,
      clipNorm: train.clipNorm ?? 'off',
      advice: train.clipNorm === null ? 'lowerLearningRateOrClip' : 'lowerLearningRate',
      restoredStep: restored ? 'lastGood' : 'none',
    },
  };
}
