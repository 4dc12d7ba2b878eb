/** Every visible text of ArmaSimulator, in both languages; `{name}` is filled by `fill`. */
import type { Lang } from '../../lesson/lang';

const en = {
  title: 'Simulate AR, MA and ARMA',
  desc: 'Choose the orders p and q and the coefficients, and the page draws 200 values driven by seeded Gaussian shocks a(t), with their autocorrelation by lag.',
  p: 'AR order p',
  q: 'MA order q',
  phi1: 'Φ₁',
  phi2: 'Φ₂',
  theta1: 'θ₁',
  theta2: 'θ₂',
  reseed: 'New shocks',
  seed: 'seed {seed}',
  model: 'Model: {name}',
  whiteNoise: '(white noise)',
  timeAxis: 't',
  valueAxis: 'Z(t)',
  acfAxis: 'autocorrelation',
  lagAxis: 'lag',
  seriesChart: '200 simulated values of {name}',
  acfChart: 'Autocorrelation of the simulated series at lags 0 to 20',
  series: 'Z(t)',
  acfKey:
    'Bars: autocorrelation of this sample. Dots: what the model implies. Shaded: ±2/√200, where a white-noise sample usually stays.',
  nonStationary:
    'Not stationary: with these AR coefficients the series does not settle around a mean; it wanders off or explodes (values are capped at ±10⁶). Keep |Φ₁| < 1 for AR(1); for AR(2) keep Φ₁ + Φ₂ < 1, Φ₂ − Φ₁ < 1 and |Φ₂| < 1.',
  stationary:
    'Stationary: the series keeps returning to its mean, and the sample ACF follows the dots.',
  noTheory: 'No theoretical ACF: a non-stationary process has none.',
  stats: 'Sample mean {m}, standard deviation {s}, lag-1 autocorrelation {r1}.',
  tableCaption: 'Simulated values Z(t) and the shocks a(t) that drove them',
  acfCaption: 'Autocorrelation by lag: sample and model',
  tCol: 't',
  zCol: 'Z(t)',
  aCol: 'a(t)',
  lagCol: 'lag',
  sampleCol: 'sample',
  theoryCol: 'model',
};

const ko: typeof en = {
  title: 'AR, MA, ARMA 시뮬레이션',
  desc: '차수 p, q와 계수를 고르면 시드로 고정된 정규 분포 충격 a(t)로 200개 값을 만들고, 시차별 자기상관을 함께 그립니다.',
  p: 'AR 차수 p',
  q: 'MA 차수 q',
  phi1: 'Φ₁',
  phi2: 'Φ₂',
  theta1: 'θ₁',
  theta2: 'θ₂',
  reseed: '새 충격',
  seed: '시드 {seed}',
  model: '모델: {name}',
  whiteNoise: '(백색 잡음)',
  timeAxis: 't',
  valueAxis: 'Z(t)',
  acfAxis: '자기상관',
  lagAxis: '시차',
  seriesChart: '{name}에서 만든 값 200개',
  acfChart: '만든 시계열의 시차 0–20 자기상관',
  series: 'Z(t)',
  acfKey:
    '막대: 이 표본의 자기상관. 점: 모델이 정하는 값. 음영: ±2/√200, 백색 잡음 표본이 보통 머무는 범위.',
  nonStationary:
    '정상성이 깨졌습니다. 이 AR 계수로는 시계열이 평균 근처로 돌아오지 않고 멀어지거나 폭발합니다 (값은 ±10⁶에서 자릅니다). AR(1)은 |Φ₁| < 1, AR(2)는 Φ₁ + Φ₂ < 1, Φ₂ − Φ₁ < 1, |Φ₂| < 1을 지켜야 합니다.',
  stationary: '정상 시계열입니다. 값이 계속 평균으로 돌아오고, 표본 자기상관이 점을 따라갑니다.',
  noTheory: '이론 자기상관이 없습니다. 정상이 아닌 과정에는 정의되지 않습니다.',
  stats: '표본 평균 {m}, 표준편차 {s}, 시차 1 자기상관 {r1}.',
  tableCaption: '만든 값 Z(t)와 그것을 만든 충격 a(t)',
  acfCaption: '시차별 자기상관: 표본과 모델',
  tCol: 't',
  zCol: 'Z(t)',
  aCol: 'a(t)',
  lagCol: '시차',
  sampleCol: '표본',
  theoryCol: '모델',
};

export const STRINGS: Record<Lang, typeof en> = { en, ko };
export type StringKey = keyof typeof en;

export function fill(lang: Lang, key: StringKey, params: Record<string, string | number> = {}) {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (m, k: string) =>
    k in params ? String(params[k]) : m,
  );
}
