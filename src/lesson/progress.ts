/** Which lessons the student marked as done, remembered in localStorage. */
import { useCallback, useSyncExternalStore } from 'react';
import { readStoredJson, writeStored } from './storage';

const KEY = 'unrolled.progress';
const CHANGE = 'unrolled:progress';

type Progress = Record<string, true>;

function isProgress(v: unknown): v is Progress {
  return (
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    Object.values(v as object).every((x) => x === true)
  );
}

let cache: { raw: string | null; value: Progress } = { raw: null, value: {} };

function read(): Progress {
  const value = readStoredJson(KEY, isProgress, {});
  const raw = JSON.stringify(value);
  if (raw !== cache.raw) cache = { raw, value };
  return cache.value;
}

function subscribe(cb: () => void) {
  window.addEventListener(CHANGE, cb);
  window.addEventListener('storage', cb);
  return () => {
    window.removeEventListener(CHANGE, cb);
    window.removeEventListener('storage', cb);
  };
}

export function useProgress(): [Progress, (slug: string, done: boolean) => void] {
  const progress = useSyncExternalStore(subscribe, read, () => ({}));
  const set = useCallback((slug: string, done: boolean) => {
    const next: Progress = { ...read() };
    if (done) next[slug] = true;
    else delete next[slug];
    writeStored(KEY, JSON.stringify(next));
    window.dispatchEvent(new Event(CHANGE));
  }, []);
  return [progress, set];
}
