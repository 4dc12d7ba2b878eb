/**
 * The drawings' hooks: parent size, reduced-motion preference, and the one place drawing is
 * scheduled (the latest value, taken on animation frames).
 */
import { startTransition, useEffect, useRef, useState, type RefObject } from 'react';
import { DEFAULT_HEIGHT, DEFAULT_WIDTH } from './constants';

export interface Size {
  width: number;
  height: number;
}

/**
 * The content size of an element, followed with a ResizeObserver (visx's ParentSize). Before the
 * first measurement, and where ResizeObserver is missing (server rendering), the fallback is used.
 */
export function useSize<T extends HTMLElement>(
  ref: RefObject<T | null>,
  fallback: Size = { width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT },
): Size {
  const [size, setSize] = useState<Size>(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    const ro = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (!box) return;
      const width = Math.max(1, Math.round(box.width));
      const height = Math.max(1, Math.round(box.height));
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}

const REDUCED = '(prefers-reduced-motion: reduce)';

/** True when the user asked for reduced motion: drawings then jump instead of tweening. */
export function usePrefersReducedMotion(): boolean {
  const [reduced, setReduced] = useState(
    () => typeof matchMedia === 'function' && matchMedia(REDUCED).matches,
  );
  useEffect(() => {
    if (typeof matchMedia !== 'function') return undefined;
    const mq = matchMedia(REDUCED);
    const onChange = () => setReduced(mq.matches);
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);
  return reduced;
}

/**
 * Returns `latest`, but re-renders at most once per animation frame: a trainer may post snapshots
 * faster than the screen refreshes, and only the newest one at frame time is worth drawing.
 * Without requestAnimationFrame (server rendering, tests) it passes the value straight through.
 */
export function useAnimationFrameValue<T>(latest: T): T {
  const [shown, setShown] = useState(latest);
  const latestRef = useRef(latest);
  const frame = useRef<number | null>(null);
  useEffect(() => {
    latestRef.current = latest;
    if (typeof requestAnimationFrame !== 'function') return;
    if (frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      // Non-urgent: React may render it in slices and skip it for a newer value (issue #4).
      startTransition(() => setShown(latestRef.current));
    });
  }, [latest]);
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );
  return typeof requestAnimationFrame === 'function' ? shown : latest;
}
