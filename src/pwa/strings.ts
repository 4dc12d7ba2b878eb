/** The offline app's texts, in both languages. */
import type { Lang } from '../lesson/lang';

const en = {
  label: 'App update',
  updateReady: 'A new version is available',
  reload: 'Reload',
  later: 'Later',
};

export type PwaStrings = typeof en;

const ko: PwaStrings = {
  label: '앱 업데이트',
  updateReady: '새 버전이 있습니다',
  reload: '새로 고침',
  later: '나중에',
};

export const PWA_STRINGS: Record<Lang, PwaStrings> = { en, ko };
