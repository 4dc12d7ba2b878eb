/** Every visible text of GateLab, in both languages (button labels come from TrainingLab). */
import type { Lang } from '../../lesson/lang';

const en = {
  title: 'Gates at work: {cell} remembering the first symbol',
  desc: 'Each sequence starts with one of A, B, C, D and continues with 29 noise symbols; at the end the {cell} must say which symbol came first (chance 25%). Train it and watch the gates of one validation sequence change.',
  units: 'Units',
  epochs: 'Epochs',
  sample: 'Validation sequence',
  seed: 'Seed',
  notYet:
    'Press Train or step one batch: the model is built and its gates on this sequence appear.',
  readout: 'This sequence starts with {first}; the model answers {answer} (p = {p}).',
  right: 'right',
  wrong: 'wrong',
  result: 'Validation accuracy after {epochs} epoch(s): {acc} (chance 0.25).',
  step: 'Step {step}, epoch {epoch}',
  meanTitle: 'Mean over units, first and last step',
  meanRow: '{gate}: t = 1 → {a}, t = 30 → {b}',
  gateLine: '{gate}',
};

const ko: typeof en = {
  title: '게이트가 일하는 모습: 첫 기호를 기억하는 {cell}',
  desc: '각 시퀀스는 A, B, C, D 중 하나로 시작하고 잡음 기호 29개가 이어집니다. 마지막에 {cell}이 처음 기호를 맞혀야 합니다(우연 수준 25%). 학습시키면서 검증 시퀀스 하나의 게이트가 어떻게 바뀌는지 보세요.',
  units: '유닛 수',
  epochs: '에포크',
  sample: '검증 시퀀스',
  seed: '시드',
  notYet:
    '학습을 누르거나 배치 하나를 진행하면 모델이 만들어지고 이 시퀀스의 게이트 값이 나타납니다.',
  readout: '이 시퀀스의 첫 기호는 {first}, 모델의 답은 {answer}입니다 (p = {p}).',
  right: '정답',
  wrong: '오답',
  result: '{epochs} 에포크 후 검증 정확도: {acc} (우연 수준 0.25).',
  step: '{step}번째 스텝, {epoch} 에포크',
  meanTitle: '유닛 평균, 첫 시점과 마지막 시점',
  meanRow: '{gate}: t = 1 → {a}, t = 30 → {b}',
  gateLine: '{gate}',
};

export type StringKey = keyof typeof en;
export const STRINGS: Record<Lang, typeof en> = { en, ko };

export function fill(lang: Lang, key: StringKey, params: Record<string, string | number> = {}) {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}
