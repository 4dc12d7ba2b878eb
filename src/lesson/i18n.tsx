/**
 * The page's language: carried by the URL (`#/<lang>/…`), remembered in localStorage, and by
 * default taken from the browser's preferred languages.
 */
import { createContext, useContext } from 'react';
import { isLang, type Lang } from './lang';
import { STRINGS, type Strings } from './strings';
import { readStored, writeStored } from './storage';

const LANG_KEY = 'unrolled.lang';

export const LangContext = createContext<Lang>('en');

/** The language of the page being shown. */
export function useLang(): Lang {
  return useContext(LangContext);
}

/** The shell's strings in the page's language. */
export function useStrings(): Strings {
  return STRINGS[useContext(LangContext)];
}

/** Stored choice first, then the browser's languages; English when nothing says Korean. */
export function detectLang(): Lang {
  const stored = readStored(LANG_KEY);
  if (isLang(stored)) return stored;
  const prefs =
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const pref of prefs) {
    const base = String(pref).toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

export function rememberLang(lang: Lang): void {
  writeStored(LANG_KEY, lang);
}
