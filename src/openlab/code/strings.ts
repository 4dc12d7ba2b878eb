/** Every visible text of the code panel, in both languages. */
import type { Lang } from '../../lesson/lang';

const en = {
  title: 'Show as code',
  intro:
    'The model and training set-up of this lab as a runnable script, to carry the experiment to Colab or a GPU machine.',
  framework: 'Framework',
  keras: 'Keras',
  pytorch: 'PyTorch',
  copy: 'Copy code',
  copied: 'Copied to the clipboard.',
  copyFailed: 'The browser did not allow copying: select the code and copy it by hand.',
  codeLabel: '{framework} script, {lines} lines',
};

const ko: typeof en = {
  title: '코드로 보기',
  intro:
    '이 실험의 모델과 학습 설정을 그대로 실행할 수 있는 스크립트입니다. Colab이나 GPU 머신으로 가져가 이어서 실험해 보세요.',
  framework: '프레임워크',
  keras: 'Keras',
  pytorch: 'PyTorch',
  copy: '코드 복사',
  copied: '클립보드에 복사했습니다.',
  copyFailed: '브라우저가 복사를 허용하지 않았습니다. 코드를 선택해 직접 복사하세요.',
  codeLabel: '{framework} 스크립트, {lines}줄',
};

export type CodeStringKey = keyof typeof en;
export const CODE_STRINGS: Record<Lang, typeof en> = { en, ko };

export function fill(lang: Lang, key: CodeStringKey, params: Record<string, string | number> = {}) {
  return CODE_STRINGS[lang][key].replace(/\{(\w+)\}/g, (_, k: string) =>
    String(params[k] ?? `{${k}}`),
  );
}
