/**
 * The divergence guard: a step's loss is bad when it is not finite, or when it exceeds `factor`
 * times the median of the recent losses while also being worse than where training started (so a
 * noisy batch late in training, small in absolute terms, does not count as divergence).
 */

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
