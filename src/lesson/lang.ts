/** The course's languages. Korean and English are equal: every string exists in both. */
export type Lang = 'ko' | 'en';

export const LANGS: readonly Lang[] = ['ko', 'en'];

/** A string in both languages. */
export type Bilingual = Record<Lang, string>;

export function isLang(value: unknown): value is Lang {
  return value === 'ko' || value === 'en';
}
