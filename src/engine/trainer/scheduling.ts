/**
 * How the trainer shares its thread and the machine: tfjs scopes that free every tensor a step
 * made, a yield to the event loop between slices of training so pause() and other messages get
 * through, and a pacer that rests between slices so that a page watching the training keeps a core
 * for its frames.
 */
import * as tf from '@tensorflow/tfjs-core';

/**
 * Runs `fn` in a tfjs scope and disposes every tensor it created; unlike tf.tidy the result may be
 * plain data (a loss, a trace).
 */
export function scoped<T>(fn: () => T): T {
  tf.engine().startScope();
  try {
    return fn();
  } finally {
    tf.engine().endScope();
  }
}

/** Hands control back to the event loop so pause() and other messages get through. */
export function yieldToEventLoop(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((r) => setImmediate(r));
  if (typeof MessageChannel === 'function') {
    // Unlike setTimeout(0), a message is not clamped to 4 ms when nested.
    return new Promise((r) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        r();
      };
      channel.port2.postMessage(0);
    });
  }
  return new Promise((r) => setTimeout(r, 0));
}

/** Sleeps `ms` (a timer: the thread is off the CPU meanwhile), or just yields when `ms` is 0. */
export function rest(ms: number): Promise<void> {
  return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : yieldToEventLoop();
}

export interface Pace {
  /** Train this long (ms) before handing the thread back; a batch is never cut. */
  sliceMs: number;
  /**
   * Share of wall time spent training when the machine is crowded, in (0, 1]; 1 never rests. On a
   * machine with cores to spare training keeps the CPU (see Pacer).
   */
  crowdedDuty: number;
}

/** Training alone on its thread (Node: the lab CLI, tests): yield for messages, never rest. */
export const UNPACED: Pace = { sliceMs: 12, crowdedDuty: 1 };

/**
 * Training in a worker beside a page: the page's frames need a core now and then. Measured on a
 * crowded 2-core machine (scripts/benchBrowser.ts, forecasting lesson's deep lab, wasm): resting
 * to 0.65 cut the longest frame gap from 267–667 ms to 100–117 ms for 20 % of training speed;
 * 0.5 did no better on gaps and cost 47 %; a fixed 0.75 helped little.
 */
export const PAGE_SHARED: Pace = { sliceMs: 16, crowdedDuty: 0.65 };

/**
 * Below this share of time lost to waiting for a core, training keeps its whole duty; from
 * CROWDED on it rests down to the pace's `crowdedDuty`; in between the duty falls linearly.
 */
const CALM = 0.15;
const CROWDED = 0.35;
/**
 * Batches whose median is the typical batch time: the median, not the mean, so that the odd slow
 * batch of other causes (a garbage collection, a compilation) does not read as a crowded machine,
 * while a crowded one slows most batches.
 */
const RECENT = 32;

/**
 * Decides, batch by batch, when the training loop hands its thread back and for how long.
 *
 * How crowded the machine is, it reads from its own batches: a batch that takes longer than the
 * fastest recent one spent the difference waiting for a core (the batches of one run do the same
 * work), so `1 − fastest / typical` (typical: the median of recent batches) estimates the share of
 * time the thread was kept off the CPU.
 * On a machine with a core to spare that share is small and training never rests; where it is
 * large, the page's main thread and compositor are waiting too, and training rests so as to hold
 * the CPU for only `duty` of the wall time: after a slice of `busy` ms, it rests
 * busy·(1 − duty)/duty ms. A timer that fires late has rested longer than asked; the excess shortens
 * the next rest, so late timers on a busy machine do not push training below its duty.
 */
export class Pacer {
  private sliceStart: number;
  private batchStart: number;
  private restStart = 0;
  private asked = 0;
  private overslept = 0;
  /** Fastest batch lately, ms; it creeps up 0.1 % a batch, so that it follows a change of work. */
  private fastest = Infinity;
  /** The last RECENT like batches' times, ms (a ring). */
  private readonly recent: number[] = [];
  private next = 0;

  constructor(
    private readonly now: () => number,
    private readonly pace: Pace,
  ) {
    this.sliceStart = this.batchStart = now();
  }

  /** Estimated share of wall time training waited for a core, in [0, 1). */
  get crowding(): number {
    if (this.recent.length === 0) return 0;
    const typical = [...this.recent].sort((a, b) => a - b)[this.recent.length >> 1];
    return 1 - this.fastest / typical;
  }

  /** The share of wall time training may hold the CPU now. */
  get duty(): number {
    const low = Math.min(1, Math.max(0.05, this.pace.crowdedDuty));
    const x = Math.min(1, Math.max(0, (this.crowding - CALM) / (CROWDED - CALM)));
    return 1 - x * (1 - low);
  }

  /**
   * After a batch: null to keep training, else the ms to rest (0: only yield) before the next.
   * `alike`: the batch did the same work as the others, so its time tells how crowded the machine
   * is (false for a short last batch, or one that also validated or traced).
   */
  afterBatch(alike = true): number | null {
    const t = this.now();
    if (alike) this.observe(t - this.batchStart);
    this.batchStart = t;
    const busy = t - this.sliceStart;
    if (busy < this.pace.sliceMs) return null;
    const duty = this.duty;
    const wanted = (busy * (1 - duty)) / duty;
    this.asked = Math.max(0, wanted - this.overslept);
    this.overslept = Math.max(0, this.overslept - wanted);
    this.restStart = t;
    return this.asked;
  }

  /** Training resumes: the next slice starts now; any rest beyond the one asked is remembered. */
  resumed(): void {
    const t = this.now();
    // Capped at one slice's worth, so a long stall (a tab asleep) is not paid back as a long burst.
    const late = t - this.restStart - this.asked;
    this.overslept = Math.min(this.overslept + Math.max(0, late), this.pace.sliceMs);
    this.sliceStart = this.batchStart = t;
  }

  private observe(ms: number): void {
    if (!(ms > 0)) return;
    this.fastest = Math.min(ms, this.fastest * 1.001);
    this.recent[this.next] = ms;
    this.next = (this.next + 1) % RECENT;
  }
}

/**
 * The pace for where this code runs: a dedicated worker means a page on another thread of the same
 * machine, drawing the training as it goes; anywhere else (Node) training is alone.
 */
export function pageSharedPace(): Pace {
  const scope = globalThis as { WorkerGlobalScope?: unknown };
  return typeof scope.WorkerGlobalScope === 'function' ? PAGE_SHARED : UNPACED;
}
