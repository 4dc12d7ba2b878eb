/** Every visible text of GradientScaleLab, in both languages; `{name}` is filled by `fill`. */
import type { Lang } from '../../lesson/lang';

const en = {
  title: 'How big is the gradient t steps back?',
  desc: 'A SimpleRNN with Whh = ρ·Q (Q orthogonal) reads a sine of amplitude a; the loss sits on the last step. Solid: the exact gradient at every step, back-propagated through diag(1 − h²)·Whh. Dashed: the bound ρ^(T−t) times its value at T. Log scale.',
  rho: 'Recurrent scale ρ',
  steps: 'Steps T',
  units: 'Hidden units',
  amp: 'Input amplitude a',
  metric: 'Measure',
  loss: '‖∂L/∂h(t)‖',
  jacobian: '‖∂h(T)/∂h(t)‖',
  seed: 'New weights',
  exact: 'exact',
  bound: 'bound ρ^(T−t)',
  chart: 'Gradient norm per time step on a log scale, exact and bound, for ρ = {rho}',
  xAxis: 'time step t',
  yAxis: '(log)',
  vanishing: 'vanishing',
  exploding: 'exploding',
  live: 'From t = {T} back to t = 1 the gradient changes by ×{ratio}, about ×{per} per step (the bound allows ×{rho}). {verdict}',
  verdictVanish: '{n} of {T} steps are below 1/1000 of the largest: the gradient vanishes.',
  verdictExplode: '{n} of {T} steps are over 1000× the value at T: the gradient explodes.',
  verdictStable: 'No step vanishes or explodes at this setting.',
  regime: 'Mean |h| = {m}: {what}.',
  linear: 'tanh works in its linear part, so the bound is nearly reached',
  saturated: 'tanh is partly saturated, which pulls the gradient below the bound',
  tableCaption: 'Gradient norm per time step (ρ = {rho}, a = {amp})',
  colT: 't',
};

const ko: typeof en = {
  title: 't단계 전의 기울기는 얼마나 클까?',
  desc: 'Whh = ρ·Q(Q는 직교 행렬)인 SimpleRNN이 진폭 a인 사인파를 읽고, 손실은 마지막 단계에 있습니다. 실선: diag(1 − h²)·Whh를 곱해 가며 역전파한 각 단계의 정확한 기울기. 점선: T에서의 값에 ρ^(T−t)를 곱한 상한. 로그 척도입니다.',
  rho: '순환 가중치 배율 ρ',
  steps: '단계 수 T',
  units: '은닉 유닛 수',
  amp: '입력 진폭 a',
  metric: '측정값',
  loss: '‖∂L/∂h(t)‖',
  jacobian: '‖∂h(T)/∂h(t)‖',
  seed: '새 가중치',
  exact: '정확한 값',
  bound: '상한 ρ^(T−t)',
  chart: 'ρ = {rho}일 때 시간 단계별 기울기 크기(로그 척도), 정확한 값과 상한',
  xAxis: '시간 단계 t',
  yAxis: '(로그)',
  vanishing: '소실',
  exploding: '폭발',
  live: 't = {T}에서 t = 1까지 거슬러 가는 동안 기울기가 ×{ratio}만큼, 단계마다 약 ×{per}씩 변합니다(상한은 ×{rho}). {verdict}',
  verdictVanish: '{T}단계 중 {n}단계가 최댓값의 1/1000 아래입니다: 기울기 소실.',
  verdictExplode: '{T}단계 중 {n}단계가 T에서의 값의 1000배를 넘습니다: 기울기 폭발.',
  verdictStable: '이 설정에서는 소실도 폭발도 없습니다.',
  regime: '평균 |h| = {m}: {what}.',
  linear: 'tanh가 선형 구간에서 동작하므로 상한에 거의 닿습니다',
  saturated: 'tanh가 일부 포화되어 기울기가 상한보다 작아집니다',
  tableCaption: '시간 단계별 기울기 크기 (ρ = {rho}, a = {amp})',
  colT: 't',
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
