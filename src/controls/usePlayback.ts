/**
 * A position 0..count−1 that advances on a timer while playing and stops at the end (or loops).
 * The state behind PlaybackControls; knows nothing of what is being played.
 */
import { useCallback, useEffect, useState } from 'react';

export interface Playback {
  t: number;
  setT: (t: number) => void;
  playing: boolean;
  setPlaying: (playing: boolean) => void;
  step: () => void;
  reset: () => void;
  atEnd: boolean;
}

export function usePlayback(
  count: number,
  { intervalMs = 700, loop = false, initial = 0 } = {},
): Playback {
  const [t, setTRaw] = useState(initial);
  const [playing, setPlayingRaw] = useState(false);
  const last = Math.max(0, count - 1);
  const clamped = Math.min(t, last);
  const setT = useCallback((v: number) => setTRaw(Math.max(0, Math.min(last, v))), [last]);
  const step = useCallback(
    () => setTRaw((v) => (v >= last ? (loop ? 0 : last) : v + 1)),
    [last, loop],
  );
  const reset = useCallback(() => {
    setPlayingRaw(false);
    setTRaw(0);
  }, []);
  const setPlaying = useCallback(
    (p: boolean) => {
      // Playing from the end starts over, as media players do.
      if (p) setTRaw((v) => (v >= last && !loop ? 0 : v));
      setPlayingRaw(p);
    },
    [last, loop],
  );
  const atEnd = clamped >= last && !loop;
  useEffect(() => {
    if (!playing) return undefined;
    if (atEnd) {
      setPlayingRaw(false);
      return undefined;
    }
    const id = setInterval(step, intervalMs);
    return () => clearInterval(id);
  }, [playing, atEnd, step, intervalMs]);
  return { t: clamped, setT, playing, setPlaying, step, reset, atEnd };
}
