/**
 * A live training run in the worker, seen from a widget: starts the worker on first use (so a page
 * with several labs costs nothing until one is used), (re)creates the run when its configuration
 * changes, forwards play/pause/step/reset, and keeps the latest snapshot and trace as state.
 * The worker is terminated when the widget unmounts.
 *
 * A lab scrolled out of view keeps training but redraws once a second instead of ten times, and
 * asks for no traces: a student reading further down the page while a model trains scrolls
 * without the lab's redraws competing for the frame. It catches up as soon as it is back in view.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { CreateResult, CreateSpec } from '../../worker/protocol';
import type { TrainerClient } from '../../worker/client';
import type { EngineMessage, Trace, TrainerSnapshot } from '../../engine/types';
import { msUntil, redrawTick, tickOf } from './redrawClock';

export type RunStatus = 'idle' | 'starting' | 'ready' | 'refused' | 'failed';

export interface TrainerRun {
  /** The worker's API once started (for widgets that need more than the common actions). */
  client: TrainerClient | null;
  status: RunStatus;
  snapshot: TrainerSnapshot | null;
  created: CreateResult | null;
  trace: Trace | null;
  messages: EngineMessage[];
  play(): void;
  pause(): void;
  stepBatch(): void;
  stepEpoch(): void;
  reset(): void;
  /** Creates the run for the current settings if it does not exist yet, without training. */
  prepare(): void;
  /**
   * Attach to the lab's root element (`ref={run.viewRef}`): while it is out of view, snapshots
   * redraw every OFF_SCREEN_INTERVAL_MS and traces wait. Without it the lab counts as in view.
   */
  viewRef(el: Element | null): void;
}

/** How often the page asks for a fresh trace while training, in ms. */
const TRACE_INTERVAL_MS = 400;

export interface TraceWish {
  /** Validation sample to trace; null for no trace. */
  sample: number | null;
  /** Also compute ‖∂L/∂h(t)‖, ‖∂h(T)/∂h(t)‖ and weight-gradient norms (slower). */
  gradients?: boolean;
}

/**
 * `spec`: the run (an experiment and its settings). `wish`: which validation sample to trace, and
 * whether with gradients; traces are refreshed while training at most every TRACE_INTERVAL_MS.
 */
export function useTrainer(spec: CreateSpec, wish: TraceWish = { sample: null }): TrainerRun {
  const traceSample = wish.sample;
  const gradientsRef = useRef(Boolean(wish.gradients));
  gradientsRef.current = Boolean(wish.gradients);
  const [status, setStatus] = useState<RunStatus>('idle');
  const [snapshot, setSnapshot] = useState<TrainerSnapshot | null>(null);
  const [created, setCreated] = useState<CreateResult | null>(null);
  const [trace, setTrace] = useState<Trace | null>(null);
  const [messages, setMessages] = useState<EngineMessage[]>([]);
  const client = useRef<TrainerClient | null>(null);
  const createdKey = useRef<string | null>(null);
  const pending = useRef<Promise<boolean> | null>(null);
  const lastTraceAt = useRef(0);
  const latest = useRef<TrainerSnapshot | null>(null);
  const frame = useRef<number | null>(null);
  /** The redraw clock's tick (redrawClock.ts) of the snapshot on screen. */
  const shownTick = useRef(0);
  const key = JSON.stringify(spec);
  const specRef = useRef(spec);
  specRef.current = spec;
  const sampleRef = useRef(traceSample);
  sampleRef.current = traceSample;
  const inView = useRef(true);
  const observer = useRef<IntersectionObserver | null>(null);

  const refreshTrace = useCallback(async () => {
    const c = client.current;
    const sample = sampleRef.current;
    if (!c || sample === null || createdKey.current === null || !inView.current) return;
    lastTraceAt.current = performance.now();
    try {
      const t = await c.api.requestTrace({
        sample,
        every: 1_000_000,
        gradients: gradientsRef.current,
      });
      // Traces redraw heatmaps and cell diagrams: never urgent, so never worth a dropped frame.
      if (t) startTransition(() => setTrace(t));
    } catch {
      // A trace is a nicety: training goes on without it.
    }
  }, []);

  /** Makes sure the worker holds a run of the current configuration; false when refused. */
  const ensure = useCallback(async (): Promise<boolean> => {
    if (createdKey.current === key) return true;
    if (pending.current) return pending.current;
    const run = (async () => {
      setStatus('starting');
      try {
        if (!client.current) {
          const { createTrainerClient } = await import('../../worker/client');
          client.current = createTrainerClient();
          await client.current.onSnapshot((s) => {
            // While training, the page redraws on the redraw clock's next free tick, on an
            // animation frame, with the newest snapshot; a stop (pause, done, diverged) shows at
            // once.
            const wasTraining = latest.current?.state === 'training';
            latest.current = s;
            if (s.state !== 'training') {
              setSnapshot(s);
            } else if (frame.current === null) {
              const due = redrawTick(performance.now(), shownTick.current, inView.current);
              const wait = msUntil(due, performance.now());
              frame.current = window.setTimeout(() => {
                requestAnimationFrame(() => {
                  frame.current = null;
                  shownTick.current = due;
                  const next = latest.current;
                  // A transition: React renders the lab in slices between frames instead of one
                  // block of 30–60 ms on a slow machine (issue #4), and drops a render that a newer
                  // snapshot overtakes. Input (pause, sliders) stays urgent and goes first.
                  if (next) startTransition(() => setSnapshot(next));
                });
              }, wait);
            }
            // A stop gets its own trace, so the drawings end on the final weights. (Only the
            // stop itself: a trace request sends a snapshot too.)
            const stopped = wasTraining && s.state !== 'training';
            if (stopped || performance.now() - lastTraceAt.current > TRACE_INTERVAL_MS)
              void refreshTrace();
          });
        }
        const result = await client.current.api.create(specRef.current);
        setCreated(result);
        setMessages(result.messages);
        if (!result.ok) {
          createdKey.current = null;
          setStatus('refused');
          return false;
        }
        createdKey.current = key;
        setStatus('ready');
        setSnapshot(await client.current.api.snapshot());
        await refreshTrace();
        return true;
      } catch (e) {
        createdKey.current = null;
        setMessages([
          { code: 'worker.failed', severity: 'error', params: { detail: String(e).slice(0, 200) } },
        ]);
        setStatus('failed');
        return false;
      } finally {
        pending.current = null;
      }
    })();
    pending.current = run;
    return run;
  }, [key, refreshTrace]);

  // A changed configuration invalidates the run; the next action rebuilds it.
  useEffect(() => {
    if (createdKey.current !== null && createdKey.current !== key) {
      const c = client.current;
      createdKey.current = null;
      setStatus('idle');
      setTrace(null);
      setSnapshot(null);
      void c?.api.pause();
    }
  }, [key]);

  useEffect(() => {
    void refreshTrace();
  }, [traceSample, refreshTrace]);

  const viewRef = useCallback(
    (el: Element | null) => {
      observer.current?.disconnect();
      observer.current = null;
      inView.current = true;
      if (!el || typeof IntersectionObserver === 'undefined') return;
      observer.current = new IntersectionObserver((entries) => {
        const entry = entries[entries.length - 1];
        if (!entry) return;
        const back = entry.isIntersecting && !inView.current;
        inView.current = entry.isIntersecting;
        if (!back) return;
        // Back in view: show the newest snapshot and trace now rather than at the slow cadence.
        if (frame.current !== null) {
          window.clearTimeout(frame.current);
          frame.current = null;
        }
        shownTick.current = tickOf(performance.now());
        const next = latest.current;
        if (next) startTransition(() => setSnapshot(next));
        void refreshTrace();
      });
      observer.current.observe(el);
    },
    [refreshTrace],
  );

  useEffect(
    () => () => {
      observer.current?.disconnect();
      if (frame.current !== null) window.clearTimeout(frame.current);
      client.current?.terminate();
      client.current = null;
    },
    [],
  );

  const act = useCallback(
    (action: (c: TrainerClient) => Promise<unknown> | unknown) => {
      void (async () => {
        if (!(await ensure())) return;
        const c = client.current;
        if (!c) return;
        try {
          await action(c);
          setSnapshot(await c.api.snapshot());
          await refreshTrace();
        } catch (e) {
          setMessages([
            {
              code: 'worker.failed',
              severity: 'error',
              params: { detail: String(e).slice(0, 200) },
            },
          ]);
        }
      })();
    },
    [ensure, refreshTrace],
  );

  return {
    client: client.current,
    status,
    snapshot,
    created,
    trace,
    messages,
    play: () => act((c) => c.api.play()),
    pause: () => void client.current?.api.pause(),
    stepBatch: () => act((c) => c.api.stepBatch()),
    stepEpoch: () => act((c) => c.api.stepEpoch()),
    reset: () => act((c) => c.api.reset()),
    prepare: () => act(() => undefined),
    viewRef,
  };
}

/** One ref for a lab that shows several runs: each learns whether the lab is in view. */
export function useViewRefs(
  ...runs: Partial<Pick<TrainerRun, 'viewRef'>>[]
): (el: Element | null) => void {
  const refs = runs.map((r) => r.viewRef);
  // viewRef is stable per run, so the callback changes only if the runs do.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useCallback((el: Element | null) => refs.forEach((ref) => ref?.(el)), refs);
}
