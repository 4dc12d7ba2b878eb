/**
 * Calls `fn` at most once per animation frame with the newest arguments, so a slider being dragged
 * never asks the page for more work than one frame can hold. `flush` sends a pending call now.
 */
import { useCallback, useEffect, useRef } from 'react';

export function useFrameThrottle<A extends unknown[]>(
  fn: (...args: A) => void,
): { call: (...args: A) => void; flush: () => void } {
  const fnRef = useRef(fn);
  const pending = useRef<A | null>(null);
  const frame = useRef<number | null>(null);
  useEffect(() => {
    fnRef.current = fn;
  }, [fn]);
  const flush = useCallback(() => {
    if (frame.current !== null && typeof cancelAnimationFrame === 'function') {
      cancelAnimationFrame(frame.current);
    }
    frame.current = null;
    const args = pending.current;
    pending.current = null;
    if (args) fnRef.current(...args);
  }, []);
  const call = useCallback(
    (...args: A) => {
      pending.current = args;
      if (typeof requestAnimationFrame !== 'function') {
        flush();
        return;
      }
      if (frame.current === null) frame.current = requestAnimationFrame(flush);
    },
    [flush],
  );
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );
  return { call, flush };
}
