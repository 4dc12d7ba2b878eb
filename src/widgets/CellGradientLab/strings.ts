/** Every visible text of CellGradientLab, in both languages. */
import type { Lang } from '../../lesson/lang';

const en = {
  title: 'Gradient flow: SimpleRNN next to LSTM',
  desc: 'The same memory task (name the first of 30 symbols), the same seed and size, once with a SimpleRNN and once with an LSTM. After each step both report how large the gradient is at every time step of one validation sequence.',
  measure: 'Measure',
  loss: '‖∂L/∂h(t)‖: the loss’s gradient reaching step t',
  jacobian: '‖∂h(T)/∂h(t)‖: how much h(T) still depends on h(t)',
  units: 'Units (both)',
  seed: 'Seed',
  notYet: 'Press Train or step one batch: both models are built, and the first profiles appear.',
  shrink: '{model}: from t = 30 back to t = 1 the norm shrinks ×{f}.',
  grow: '{model}: the norm at t = 1 is {f} times the one at t = 30.',
  rnn: 'SimpleRNN',
  lstm: 'LSTM',
  accuracy: '{model}: validation accuracy {acc} after step {step}.',
  pathLabel: 'LSTM cell-state path: ∏ f from t+1 to T (mean over units)',
  path: 'LSTM cell-state path: mean forget gate {f}; a gradient on c(30) reaches c(1) multiplied by {g}.',
};

const ko: typeof en = {
  title: '기울기 흐름: SimpleRNN과 LSTM 나란히',
  desc: '같은 기억 과제(30개 기호 중 첫 기호 맞히기), 같은 시드와 크기로 SimpleRNN과 LSTM을 한 번씩 학습합니다. 스텝마다 두 모델 모두 검증 시퀀스 하나의 각 시점에서 기울기가 얼마나 큰지 알려 줍니다.',
  measure: '측정값',
  loss: '‖∂L/∂h(t)‖: 시점 t까지 도달한 손실의 기울기',
  jacobian: '‖∂h(T)/∂h(t)‖: h(T)가 h(t)에 아직 얼마나 의존하는가',
  units: '유닛 수 (두 모델 공통)',
  seed: '시드',
  notYet: '학습을 누르거나 배치 하나를 진행하면 두 모델이 만들어지고 첫 기울기 분포가 나타납니다.',
  shrink: '{model}: t = 30에서 t = 1로 거슬러 가며 크기가 ×{f}로 줄어듭니다.',
  grow: '{model}: t = 1의 크기가 t = 30의 {f}배입니다.',
  rnn: 'SimpleRNN',
  lstm: 'LSTM',
  accuracy: '{model}: {step}번째 스텝 후 검증 정확도 {acc}.',
  pathLabel: 'LSTM 셀 상태 경로: t+1부터 T까지 f의 곱 (유닛 평균)',
  path: 'LSTM 셀 상태 경로: 망각 게이트 평균 {f}; c(30)의 기울기가 c(1)에 닿을 때 {g}배가 됩니다.',
};

export type StringKey = keyof typeof en;
export const STRINGS: Record<Lang, typeof en> = { en, ko };

export function fill(lang: Lang, key: StringKey, params: Record<string, string | number> = {}) {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}
