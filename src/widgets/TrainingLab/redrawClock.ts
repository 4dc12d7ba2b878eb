/**
 * When a training lab redraws from its snapshots. Every lab on the page shares one clock ticking
 * every SNAPSHOT_INTERVAL_MS (performance.now() based), so labs (and the two runs of a side-by-side
 * lab) that redraw at the same rate do it on the same animation frame: React renders them together
 * and the browser paints once, where separate timers would each cost a render and a paint.
 */

/** Shortest interval between re-renders from snapshots while training, in ms. */
export const SNAPSHOT_INTERVAL_MS = 100;
/** The same while the lab is scrolled out of view. */
export const OFF_SCREEN_INTERVAL_MS = 1000;

/** The clock's tick at time `t` (ms). */
export function tickOf(t: number): number {
  return Math.floor(t / SNAPSHOT_INTERVAL_MS);
}

/**
 * The tick on which a snapshot that arrived at `now` is shown: the next tick of the clock, but no
 * sooner than one interval (SNAPSHOT_INTERVAL_MS in view, OFF_SCREEN_INTERVAL_MS out of it) after
 * the tick the lab last redrew on.
 */
export function redrawTick(now: number, shownTick: number, inView: boolean): number {
  const every = inView ? 1 : OFF_SCREEN_INTERVAL_MS / SNAPSHOT_INTERVAL_MS;
  return Math.max(tickOf(now) + 1, shownTick + every);
}

/** Milliseconds from `now` until `tick` begins. */
export function msUntil(tick: number, now: number): number {
  return Math.max(0, tick * SNAPSHOT_INTERVAL_MS - now);
}
