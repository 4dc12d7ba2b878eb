/**
 * localStorage that never throws: private modes, disabled storage and quota errors fall back to
 * doing nothing, and what was read is validated by the caller.
 */

export function readStored(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Returns false when the browser refused to store the value. */
export function writeStored(key: string, value: string): boolean {
  try {
    globalThis.localStorage?.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Reads a JSON value, returning `fallback` when it is absent, malformed or fails `check`. */
export function readStoredJson<T>(key: string, check: (v: unknown) => v is T, fallback: T): T {
  const raw = readStored(key);
  if (raw === null) return fallback;
  try {
    const value: unknown = JSON.parse(raw);
    return check(value) ? value : fallback;
  } catch {
    return fallback;
  }
}
