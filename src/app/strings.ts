/** Labels the shell adds beside the lesson strings: the header's link to the open lab. */
import type { Lang } from '../lesson/lang';

export const APP_STRINGS: Record<Lang, { openLab: string }> = {
  en: { openLab: 'Open lab' },
  ko: { openLab: '실험실' },
};
