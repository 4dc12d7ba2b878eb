/**
 * A typed, hardened codec for widget settings in the URL (the tensorflow/playground `state.ts`
 * pattern: one table per widget of name, type, range or allowed values, and default).
 *
 * Parsing never throws. It clamps numbers into range, rejects NaN, infinities and malformed
 * values, ignores unknown and prototype-polluting keys, caps the total length, and reports every
 * value it did not take as given, so the page can tell the user. For any valid state `s`,
 * `parseState(schema, serializeState(schema, s)).state` deep-equals `s`.
 */

export type FieldSpec =
  | { type: 'number'; min: number; max: number; default: number }
  | { type: 'int'; min: number; max: number; default: number }
  | { type: 'enum'; values: readonly string[]; default: string }
  | { type: 'boolean'; default: boolean }
  | { type: 'string'; maxLength: number; default: string };

export type Schema = Readonly<Record<string, FieldSpec>>;

type ValueOf<F extends FieldSpec> = F extends { type: 'number' | 'int' }
  ? number
  : F extends { type: 'boolean' }
    ? boolean
    : F extends { type: 'enum'; values: readonly (infer V)[] }
      ? V
      : string;

export type StateOf<S extends Schema> = { [K in keyof S]: ValueOf<S[K]> };

export type IgnoredReason =
  'unknown' | 'forbidden' | 'malformed' | 'clamped' | 'tooLong' | 'repeated';

/** A value from the link that was not taken as given, and why. */
export interface Ignored {
  key: string;
  value: string;
  reason: IgnoredReason;
}

export interface ParseResult<S extends Schema> {
  state: StateOf<S>;
  ignored: Ignored[];
}

/** Longest query string that is parsed at all; longer links are ignored whole. */
export const MAX_QUERY_LENGTH = 2048;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** The schema's defaults as a fresh state object. */
export function defaults<S extends Schema>(schema: S): StateOf<S> {
  const state: Record<string, unknown> = {};
  for (const key of Object.keys(schema)) state[key] = schema[key].default;
  return state as StateOf<S>;
}

function own(schema: Schema, key: string): FieldSpec | undefined {
  return Object.prototype.hasOwnProperty.call(schema, key) ? schema[key] : undefined;
}

/** Decodes one raw value; returns the value and whether it was taken as given. */
function decode(spec: FieldSpec, raw: string): { value: unknown; reason?: IgnoredReason } {
  switch (spec.type) {
    case 'number':
    case 'int': {
      if (!NUMBER.test(raw)) return { value: spec.default, reason: 'malformed' };
      const n = Number(raw);
      if (!Number.isFinite(n)) return { value: spec.default, reason: 'malformed' };
      let v = spec.type === 'int' ? Math.round(n) : n;
      v = Math.min(spec.max, Math.max(spec.min, v));
      return v === n ? { value: v } : { value: v, reason: 'clamped' };
    }
    case 'enum':
      return spec.values.includes(raw)
        ? { value: raw }
        : { value: spec.default, reason: 'malformed' };
    case 'boolean':
      if (raw === '1' || raw === 'true') return { value: true };
      if (raw === '0' || raw === 'false') return { value: false };
      return { value: spec.default, reason: 'malformed' };
    case 'string':
      return raw.length <= spec.maxLength
        ? { value: raw }
        : { value: raw.slice(0, spec.maxLength), reason: 'clamped' };
  }
}

function encode(spec: FieldSpec, value: unknown): string {
  if (spec.type === 'boolean') return value ? '1' : '0';
  return String(value);
}

/**
 * Parses the keys of `query` that start with `prefix` (e.g. `act.`) against `schema`. Keys with
 * other prefixes are left alone: they belong to other widgets.
 */
export function parseState<S extends Schema>(
  schema: S,
  query: string | URLSearchParams,
  prefix = '',
): ParseResult<S> {
  const state = defaults(schema) as Record<string, unknown>;
  const ignored: Ignored[] = [];
  let params: URLSearchParams;
  try {
    const text = typeof query === 'string' ? query.replace(/^\?/, '') : query.toString();
    if (text.length > MAX_QUERY_LENGTH) {
      return {
        state: state as StateOf<S>,
        ignored: [{ key: '', value: `${text.slice(0, 40)}…`, reason: 'tooLong' }],
      };
    }
    params = typeof query === 'string' ? new URLSearchParams(text) : query;
  } catch {
    return { state: state as StateOf<S>, ignored: [{ key: '', value: '', reason: 'malformed' }] };
  }
  const seen = new Set<string>();
  for (const [fullKey, raw] of params) {
    if (!fullKey.startsWith(prefix)) continue;
    const key = fullKey.slice(prefix.length);
    if (FORBIDDEN.has(key)) {
      ignored.push({ key: fullKey, value: raw, reason: 'forbidden' });
      continue;
    }
    const spec = own(schema, key);
    if (!spec) {
      ignored.push({ key: fullKey, value: raw, reason: 'unknown' });
      continue;
    }
    if (seen.has(key)) {
      ignored.push({ key: fullKey, value: raw, reason: 'repeated' });
      continue;
    }
    seen.add(key);
    const { value, reason } = decode(spec, raw);
    state[key] = value;
    if (reason) ignored.push({ key: fullKey, value: raw, reason });
  }
  return { state: state as StateOf<S>, ignored };
}

/**
 * Writes `state` as query parameters with `prefix`. Values equal to their default are left out so
 * links stay short; parsing fills them back in.
 */
export function serializeState<S extends Schema>(
  schema: S,
  state: StateOf<S>,
  prefix = '',
  into: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  for (const key of Object.keys(schema)) {
    const spec = schema[key];
    const value = (state as Record<string, unknown>)[key];
    into.delete(prefix + key);
    if (value !== spec.default) into.set(prefix + key, encode(spec, value));
  }
  return into;
}

/** True when every field holds a value its spec accepts (used to validate before serializing). */
export function isValidState<S extends Schema>(schema: S, state: unknown): state is StateOf<S> {
  if (state === null || typeof state !== 'object') return false;
  return Object.keys(schema).every((key) => {
    const spec = schema[key];
    const v = (state as Record<string, unknown>)[key];
    switch (spec.type) {
      case 'number':
        return typeof v === 'number' && Number.isFinite(v) && v >= spec.min && v <= spec.max;
      case 'int':
        return Number.isInteger(v) && (v as number) >= spec.min && (v as number) <= spec.max;
      case 'enum':
        return typeof v === 'string' && spec.values.includes(v);
      case 'boolean':
        return typeof v === 'boolean';
      case 'string':
        return typeof v === 'string' && v.length <= spec.maxLength;
    }
    return false;
  });
}
