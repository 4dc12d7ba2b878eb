/** Every visible text of UnrolledTimeline, in both languages; `{name}` is filled by `fill`. */
import type { Lang } from '../../lesson/lang';

const en = {
  title: 'A SimpleRNN unrolled in time',
  desc: 'One cell, reused at every step with the same Wxh, Whh and Why. Step through the forward pass: x(t) and h(t−1) go in, h(t) and y(t) come out.',
  view: 'View',
  unrolled: 'Unrolled',
  folded: 'Folded',
  steps: 'Steps T',
  units: 'Hidden units',
  pattern: 'Input x(t)',
  sine: 'sin(t)',
  pulse: 'one pulse at t = 1',
  ramp: 'ramp t/T',
  seed: 'New weights',
  seedValue: 'weights #{seed}',
  playback: 'Forward pass',
  play: 'Play',
  pause: 'Pause',
  step: 'Step',
  reset: 'Reset',
  diagram: 'An RNN unrolled over {T} steps; {done} of them computed.',
  foldedDiagram:
    'The same RNN folded: one cell whose state feeds back into itself; showing step {t}.',
  notStarted: 'Nothing computed yet: h(0) = 0. Press Step to run t = 1.',
  atStep: 'Step t = {t} of {T}',
  inputs: 'x({t}) = {x} and h({p}) = {h} go in',
  pre: 'a({t}) = Wxh·x({t}) + Whh·h({p}) + b = {fx} + {fh} + 0 = {a}',
  hidden: 'h({t}) = tanh(a({t})) = {h}',
  output: 'y({t}) = Why·h({t}) + by = {y}',
  sameWeights: 'The same weights at every step',
  live: 'Step {t}: h({t}) = {h}, y({t}) = {y}.',
  done: 'All {T} steps done. The last state h({T}) = {h} summarises the whole sequence.',
  tableCaption: 'The forward pass, step by step',
  colT: 't',
  colX: 'x(t)',
  colH: 'h(t)',
  colY: 'y(t)',
};

const ko: typeof en = {
  title: '시간으로 펼친 SimpleRNN',
  desc: '셀 하나를 매 단계 같은 Wxh, Whh, Why로 다시 씁니다. 순전파를 한 단계씩 따라가 보세요. x(t)와 h(t−1)이 들어가고 h(t)와 y(t)가 나옵니다.',
  view: '보기',
  unrolled: '펼치기',
  folded: '접기',
  steps: '단계 수 T',
  units: '은닉 유닛 수',
  pattern: '입력 x(t)',
  sine: 'sin(t)',
  pulse: 't = 1에 펄스 하나',
  ramp: '증가 t/T',
  seed: '새 가중치',
  seedValue: '가중치 #{seed}',
  playback: '순전파',
  play: '재생',
  pause: '일시 정지',
  step: '한 단계',
  reset: '처음으로',
  diagram: '{T}단계로 펼친 RNN, 그중 {done}단계 계산됨.',
  foldedDiagram:
    '같은 RNN을 접은 모습: 상태가 자기 자신으로 되돌아가는 셀 하나, {t}단계를 표시 중.',
  notStarted: '아직 계산 전: h(0) = 0. 한 단계를 눌러 t = 1을 계산해 보세요.',
  atStep: '{T}단계 중 t = {t}',
  inputs: 'x({t}) = {x}와 h({p}) = {h}가 들어갑니다',
  pre: 'a({t}) = Wxh·x({t}) + Whh·h({p}) + b = {fx} + {fh} + 0 = {a}',
  hidden: 'h({t}) = tanh(a({t})) = {h}',
  output: 'y({t}) = Why·h({t}) + by = {y}',
  sameWeights: '모든 단계에서 같은 가중치',
  live: '{t}단계: h({t}) = {h}, y({t}) = {y}.',
  done: '{T}단계를 모두 계산했습니다. 마지막 상태 h({T}) = {h}가 시퀀스 전체를 요약합니다.',
  tableCaption: '단계별 순전파',
  colT: 't',
  colX: 'x(t)',
  colH: 'h(t)',
  colY: 'y(t)',
};

export type StringKey = keyof typeof en;

export const STRINGS: Record<Lang, Record<StringKey, string>> = { ko, en };

export function fill(
  lang: Lang,
  key: StringKey,
  params: Record<string, string | number> = {},
): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : m,
  );
}
