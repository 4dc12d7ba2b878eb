/**
 * The hash location as a tiny external store. Routes live in the hash (`#/<lang>/<slug>/<section>`)
 * so the built site works on any static host without rewrites; widget settings live in the hash's
 * query (`?act.x=1.5`). Query updates use `history.replaceState`, so dragging a slider does not
 * flood the back button, and notify subscribers themselves (replaceState fires no event).
 */
import { useSyncExternalStore } from 'react';
import { isLang, type Lang } from './lang';

const CHANGE = 'unrolled:locationchange';

/** The longest hash taken into account; anything beyond is cut before parsing. */
export const MAX_HASH_LENGTH = 4096;

export type Route =
  | { page: 'map'; lang: Lang }
  | { page: 'lesson'; lang: Lang; slug: string; section: string | null }
  | { page: 'gallery'; lang: Lang }
  | { page: 'lab'; lang: Lang }
  | { page: 'notFound'; lang: Lang; path: string };

export interface Location {
  /** Null when the hash names no valid language: the app then redirects. */
  route: Route | null;
  /** Path segments after the language (decoded), for redirects. */
  rest: string[];
  query: string;
}

const SEGMENT = /^[A-Za-z0-9_-]{1,80}$/;

function decodeSegment(s: string): string | null {
  try {
    const d = decodeURIComponent(s);
    return SEGMENT.test(d) ? d : null;
  } catch {
    return null;
  }
}

/** Parses `#/<lang>/<a>/<b>?query`; never throws. */
export function parseHash(hash: string): Location {
  const text = hash.slice(0, MAX_HASH_LENGTH).replace(/^#/, '');
  const q = text.indexOf('?');
  const path = q === -1 ? text : text.slice(0, q);
  const query = q === -1 ? '' : text.slice(q + 1);
  const raw = path.split('/').filter((s) => s.length > 0);
  const segments = raw.map(decodeSegment);
  const [first, ...restRaw] = segments;
  const rest = restRaw.filter((s): s is string => s !== null);
  if (!isLang(first)) {
    // `#/fr/x` keeps `x`; `#/x` keeps `x`: the app redirects to the user's language.
    const looksLikeLang = typeof first === 'string' && /^[a-z]{2}(-[A-Za-z]{2})?$/.test(first);
    const kept = (looksLikeLang ? restRaw : segments).filter((s): s is string => s !== null);
    return { route: null, rest: kept, query };
  }
  const lang = first;
  if (restRaw.some((s) => s === null)) {
    return { route: { page: 'notFound', lang, path }, rest, query };
  }
  if (rest.length === 0) return { route: { page: 'map', lang }, rest, query };
  if (rest.length === 1 && rest[0] === 'gallery') {
    return { route: { page: 'gallery', lang }, rest, query };
  }
  if (rest.length === 1 && rest[0] === 'lab') {
    return { route: { page: 'lab', lang }, rest, query };
  }
  if (rest.length <= 2) {
    return {
      route: { page: 'lesson', lang, slug: rest[0], section: rest[1] ?? null },
      rest,
      query,
    };
  }
  return { route: { page: 'notFound', lang, path }, rest, query };
}

/** Builds a hash for a route, with an optional query. */
export function hrefFor(lang: Lang, parts: string[] = [], query = ''): string {
  const path = [lang, ...parts].map(encodeURIComponent).join('/');
  return `#/${path}${parts.length === 0 ? '/' : ''}${query ? `?${query}` : ''}`;
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  window.addEventListener(CHANGE, callback);
  return () => {
    window.removeEventListener('hashchange', callback);
    window.removeEventListener(CHANGE, callback);
  };
}

const getHash = () => window.location.hash;

/** The current hash, re-rendering on every change. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, getHash, () => '');
}

/** Replaces the query part of the hash without adding a history entry. */
export function replaceQuery(query: string): void {
  const hash = window.location.hash;
  const q = hash.indexOf('?');
  const path = q === -1 ? hash : hash.slice(0, q);
  const next = `${path || '#/'}${query ? `?${query}` : ''}`;
  if (next === hash) return;
  window.history.replaceState(window.history.state, '', next);
  window.dispatchEvent(new Event(CHANGE));
}

/** Replaces the whole hash without adding a history entry (used for redirects). */
export function replaceHash(hash: string): void {
  window.history.replaceState(window.history.state, '', hash);
  window.dispatchEvent(new Event(CHANGE));
}

/** The query of the current hash. */
export function currentQuery(): string {
  const hash = window.location.hash;
  const q = hash.indexOf('?');
  return q === -1 ? '' : hash.slice(q + 1);
}
