import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { PAGE_SHARED, Pacer, UNPACED, pageSharedPace, type Pace } from './scheduling';

/**
 * Drives a Pacer the way the trainer's loop does, on a fake clock: each batch does `work` ms of
 * computing; the simulated machine keeps the thread off the CPU for `waitOf(i)` ms more during
 * batch i; a rest asked for `r` ms ends `late` ms after it should. Returns the clock's account.
 */
function simulate(
  pace: Pace,
  batches: number,
  work: number,
  waitOf: (i: number) => number,
  late = 0,
): { working: number; waiting: number; resting: number; rests: number; pacer: Pacer } {
  let clock = 0;
  const pacer = new Pacer(() => clock, pace);
  let working = 0;
  let waiting = 0;
  let resting = 0;
  let rests = 0;
  for (let i = 0; i < batches; i++) {
    const wait = waitOf(i);
    clock += work + wait;
    working += work;
    waiting += wait;
    const r = pacer.afterBatch();
    if (r === null) continue;
    if (r > 0) {
      rests++;
      clock += r + late;
      resting += r + late;
    }
    pacer.resumed();
  }
  return { working, waiting, resting, rests, pacer };
}

describe('Pacer', () => {
  it('never rests when batches run at full speed (a core to spare)', () => {
    const rng = createRng(1);
    // ±5 % jitter, as garbage collection and timers give a thread that is never kept waiting.
    const run = simulate(PAGE_SHARED, 2000, 15, () => 0.75 * rng.next());
    expect(run.rests).toBe(0);
    expect(run.pacer.duty).toBe(1);
  });

  it('estimates the share of time spent waiting for a core from batch times alone', () => {
    const rng = createRng(2);
    // One batch in ten runs undisturbed; the others wait 0–20 ms for a core.
    const run = simulate(UNPACED, 4000, 10, (i) => (i % 10 === 0 ? 0 : 20 * rng.next()));
    const lateShare = run.waiting / (run.working + run.waiting);
    expect(run.pacer.crowding).toBeGreaterThan(lateShare - 0.08);
    expect(run.pacer.crowding).toBeLessThan(lateShare + 0.08);
  });

  it('holds the CPU for the crowded duty of wall time on a crowded machine', () => {
    const rng = createRng(3);
    // Waiting is half of each contended batch: crowding ≈ 0.45, past CROWDED.
    const run = simulate(PAGE_SHARED, 4000, 8, (i) => (i % 8 === 0 ? 0 : 16 * rng.next()));
    const busy = run.working + run.waiting;
    expect(run.pacer.duty).toBe(PAGE_SHARED.crowdedDuty);
    expect(busy / (busy + run.resting)).toBeCloseTo(PAGE_SHARED.crowdedDuty, 1);
  });

  // Epochs of 10 batches of 15 ms on a machine with a core to spare: no waiting, so no rest is due.
  const idleEpochs = (lastMs: number, alikeKnown: boolean) => {
    let clock = 0;
    const pacer = new Pacer(() => clock, PAGE_SHARED);
    let rested = 0;
    for (let i = 0; i < 2000; i++) {
      const last = i % 10 === 9;
      clock += last ? lastMs : 15;
      const r = pacer.afterBatch(alikeKnown ? !last : true);
      if (r === null) continue;
      clock += r;
      rested += r;
      pacer.resumed();
    }
    return { rested, crowding: pacer.crowding };
  };

  it('leaves out batches that do other work, such as a smaller last batch', () => {
    expect(idleEpochs(10, true).rested).toBe(0);
    // Counted, a batch a third smaller would pass for the uncrowded speed and cost training time.
    expect(idleEpochs(10, false).crowding).toBeGreaterThan(0.2);
    expect(idleEpochs(10, false).rested).toBeGreaterThan(0);
  });

  it('does not take the odd slow batch (validation, garbage collection) for a crowded machine', () => {
    expect(idleEpochs(60, false).rested).toBe(0);
    expect(idleEpochs(60, false).crowding).toBeLessThan(0.05);
  });

  it('keeps its duty when every timer fires late, by shortening the next rests', () => {
    const pace: Pace = { sliceMs: 16, crowdedDuty: 0.6 };
    const contended = (i: number) => (i % 8 === 0 ? 0 : 12);
    const onTime = simulate(pace, 3000, 8, contended, 0);
    const late = simulate(pace, 3000, 8, contended, 3);
    const share = (r: typeof onTime) =>
      (r.working + r.waiting) / (r.working + r.waiting + r.resting);
    expect(share(onTime)).toBeCloseTo(0.6, 1);
    expect(share(late)).toBeCloseTo(0.6, 1);
    // Without the payback, 3 ms late on each ~11 ms rest would have pushed the share to ≈ 0.54.
    expect(share(late)).toBeGreaterThan(0.57);
  });

  it('rests in slices of about sliceMs, a batch never cut', () => {
    let clock = 0;
    const pacer = new Pacer(() => clock, { sliceMs: 16, crowdedDuty: 1 });
    const returns: (number | null)[] = [];
    for (let i = 0; i < 6; i++) {
      clock += 7;
      returns.push(pacer.afterBatch());
      if (returns[i] !== null) pacer.resumed();
    }
    // 7, 14 ms: go on; 21 ms: hand the thread back (a yield, duty 1); and again.
    expect(returns).toEqual([null, null, 0, null, null, 0]);
  });

  it('is off outside a worker: Node training is alone on its machine', () => {
    expect(pageSharedPace()).toBe(UNPACED);
    expect(UNPACED.crowdedDuty).toBe(1);
  });
});
