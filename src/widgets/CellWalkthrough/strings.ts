/** Every visible text of CellWalkthrough, in both languages. */
import type { Lang } from '../../lesson/lang';

const en = {
  intro:
    'A {cell} cell with {units} units and one input, weights drawn from seed {seed} (the forget-gate bias starts at 1, as in Keras). Pick a sample and a time step, then reveal the lines one by one.',
  seed: 'Weight seed',
  units: 'Units',
  weights: 'The weights of this cell',
  gate: 'gate',
  bad: 'That seed is out of range; using {seed}.',
};

const ko: typeof en = {
  intro:
    '유닛 {units}개, 입력 1개인 {cell} 셀입니다. 가중치는 시드 {seed}로 뽑았습니다(Keras처럼 망각 게이트 편향은 1에서 시작). 샘플과 시점을 고른 뒤 한 줄씩 펼쳐 보세요.',
  seed: '가중치 시드',
  units: '유닛 수',
  weights: '이 셀의 가중치',
  gate: '게이트',
  bad: '시드가 범위를 벗어나 {seed}을(를) 씁니다.',
};

export type StringKey = keyof typeof en;
export const STRINGS: Record<Lang, typeof en> = { en, ko };

export function fill(lang: Lang, key: StringKey, params: Record<string, string | number> = {}) {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}
