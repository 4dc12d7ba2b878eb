import { describe, expect, it } from 'vitest';
import { OFF_SCREEN_INTERVAL_MS, SNAPSHOT_INTERVAL_MS, msUntil, redrawTick } from './redrawClock';

/** Replays snapshots arriving at `arrivals` (ms) as useTrainer does; returns the redraw times. */
function redraws(arrivals: number[], inView: (t: number) => boolean = () => true): number[] {
  const shown: number[] = [];
  let shownTick = 0;
  let pending: number | null = null;
  for (const t of arrivals) {
    if (pending !== null && pending * SNAPSHOT_INTERVAL_MS <= t) {
      shown.push(pending * SNAPSHOT_INTERVAL_MS);
      shownTick = pending;
      pending = null;
    }
    if (pending === null) pending = redrawTick(t, shownTick, inView(t));
  }
  return shown;
}

describe('redraw clock', () => {
  it('puts two runs whose snapshots arrive out of step on the same redraw times', () => {
    // Two workers, each sending ten snapshots a second, 37 ms apart.
    const a = Array.from({ length: 50 }, (_, i) => 1000 + i * 100);
    const b = a.map((t) => t + 37);
    const ra = redraws(a);
    const rb = redraws(b);
    expect(ra.length).toBeGreaterThan(40);
    // Every redraw of one run but the first falls on a redraw of the other.
    const shared = ra.filter((t) => rb.includes(t)).length;
    expect(shared).toBeGreaterThanOrEqual(ra.length - 1);
  });

  it('redraws a lab in view about ten times a second and never sooner than one interval', () => {
    const arrivals = Array.from({ length: 300 }, (_, i) => 5000 + i * 33);
    const shown = redraws(arrivals);
    const seconds = (arrivals.at(-1)! - arrivals[0]) / 1000;
    expect(shown.length / seconds).toBeGreaterThan(9);
    expect(shown.length / seconds).toBeLessThanOrEqual(10.1);
    for (let i = 1; i < shown.length; i++)
      expect(shown[i] - shown[i - 1]).toBeGreaterThanOrEqual(SNAPSHOT_INTERVAL_MS);
  });

  it('redraws a lab out of view once a second, on the same clock', () => {
    const arrivals = Array.from({ length: 100 }, (_, i) => 2000 + i * 100);
    const shown = redraws(arrivals, () => false);
    for (let i = 1; i < shown.length; i++)
      expect(shown[i] - shown[i - 1]).toBe(OFF_SCREEN_INTERVAL_MS);
    for (const t of shown) expect(t % SNAPSHOT_INTERVAL_MS).toBe(0);
  });

  it('shows a snapshot after a quiet spell on the next tick, within one interval', () => {
    expect(msUntil(redrawTick(12_345, 3, true), 12_345)).toBe(55);
    expect(msUntil(redrawTick(12_300, 3, true), 12_300)).toBe(100);
    expect(msUntil(7, 1000)).toBe(0);
  });
});
