import type { Lang } from '../../lesson/lang';

/** Every visible text of CheckQuestion, in both languages. */
export const STRINGS: Record<Lang, Record<string, string>> = {
  ko: {
    check: '확인',
    retry: '다시 풀기',
    right: '정답입니다!',
    wrong: '아쉽지만 틀렸습니다. 다시 생각해 보세요.',
    wrongReveal: '틀렸습니다. 아래 해설을 읽어 보세요.',
    empty: '먼저 답을 입력하세요.',
    notANumber: '숫자를 입력하세요 (예: 12 또는 0.5).',
    noChoice: '먼저 보기 중 하나를 고르세요.',
    hint: '힌트',
    explanation: '해설',
  },
  en: {
    check: 'Check',
    retry: 'Try again',
    right: 'Right!',
    wrong: 'Not quite. Have another go.',
    wrongReveal: 'Not quite. Read the explanation below.',
    empty: 'Type an answer first.',
    notANumber: 'Enter a number (for example 12 or 0.5).',
    noChoice: 'Pick one of the choices first.',
    hint: 'Hint',
    explanation: 'Explanation',
  },
};
