/** Display settings remembered on this device: theme and presenter mode. */
import { useCallback, useSyncExternalStore } from 'react';
import { readStored, writeStored } from '../lesson/storage';

export type Theme = 'light' | 'dark' | 'system';
const THEMES: readonly Theme[] = ['light', 'dark', 'system'];
const CHANGE = 'unrolled:settings';

function subscribe(cb: () => void) {
  window.addEventListener(CHANGE, cb);
  return () => window.removeEventListener(CHANGE, cb);
}

function useStoredSetting<T extends string>(
  key: string,
  allowed: readonly T[],
  fallback: T,
): [T, (v: T) => void] {
  const read = useCallback(() => {
    const v = readStored(key);
    return (allowed as readonly string[]).includes(v ?? '') ? (v as T) : fallback;
  }, [key, allowed, fallback]);
  const value = useSyncExternalStore(subscribe, read, () => fallback);
  const set = useCallback(
    (v: T) => {
      writeStored(key, v);
      window.dispatchEvent(new Event(CHANGE));
    },
    [key],
  );
  return [value, set];
}

const ON_OFF = ['on', 'off'] as const;

export function useTheme() {
  return useStoredSetting<Theme>('unrolled.theme', THEMES, 'system');
}

export function usePresenter(): [boolean, (on: boolean) => void] {
  const [v, set] = useStoredSetting<'on' | 'off'>('unrolled.presenter', ON_OFF, 'off');
  const setOn = useCallback((on: boolean) => set(on ? 'on' : 'off'), [set]);
  return [v === 'on', setOn];
}
