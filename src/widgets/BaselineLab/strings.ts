/** Every visible text of BaselineLab, in both languages; `{name}` is filled by `fill`. */
import type { Lang } from '../../lesson/lang';

const en = {
  title: 'Two baselines every forecaster must beat',
  desc: "The notes' generator: 10,000 series, each two sines plus noise, split 7000 / 2000 / 1000. Predict the value after the last input by repeating that input (naive), or by a linear combination of all inputs fitted on the training set (linear).",
  seed: 'Seed',
  steps: 'Input steps n_steps',
  example: 'Validation series',
  run: 'Compute the baselines',
  computing: 'Generating 10,000 series and fitting… {s} s',
  stale: 'The settings changed: compute again to see their results.',
  error: 'The computation failed: {message}',
  intro:
    'Press the button: the page generates the data and fits the linear model in the background.',
  stepAxis: 'time step',
  valueAxis: 'value',
  weightAxis: 'weight',
  lagChart: 'Validation series {i}: its {n} inputs, the true next value and both forecasts',
  weightChart: 'Weight the linear model gives each input step',
  inputs: 'inputs',
  target: 'true next value',
  naive: 'naive forecast',
  linear: 'linear forecast',
  weights: 'weights',
  resultsCaption: 'Mean squared error of each baseline',
  modelCol: 'baseline',
  validCol: 'validation MSE',
  testCol: 'test MSE',
  naiveRow: 'naive (last value)',
  linearRow: 'linear (all inputs)',
  notesRow: 'naive, in the notes',
  ratio: 'The linear model’s validation error is {r}× smaller than the naive one.',
  exampleReadout: 'Series {i}: true {y}, naive {n} (error {en}), linear {l} (error {el}).',
  weightsCaption: 'Linear weights by input step',
  stepCol: 'step',
  weightCol: 'weight',
  biasRow: 'bias',
  exampleCaption: 'Validation series {i}',
};

const ko: typeof en = {
  title: '모든 예측 모델이 넘어야 할 두 기준선',
  desc: '강의 노트의 생성기입니다. 사인파 두 개에 잡음을 더한 시계열 10,000개를 7000 / 2000 / 1000으로 나눕니다. 마지막 입력 다음 값을, 그 마지막 입력을 그대로 되풀이해서(단순 예측) 또는 훈련 세트로 맞춘 모든 입력의 선형 결합으로(선형 모델) 예측합니다.',
  seed: '시드',
  steps: '입력 길이 n_steps',
  example: '검증 시계열',
  run: '기준선 계산',
  computing: '시계열 10,000개를 만들고 적합하는 중… {s}초',
  stale: '설정이 바뀌었습니다. 다시 계산해야 결과가 나옵니다.',
  error: '계산에 실패했습니다: {message}',
  intro: '버튼을 누르면 페이지가 뒤에서 데이터를 만들고 선형 모델을 적합합니다.',
  stepAxis: '시간 단계',
  valueAxis: '값',
  weightAxis: '가중치',
  lagChart: '검증 시계열 {i}: 입력 {n}개, 실제 다음 값, 두 예측',
  weightChart: '선형 모델이 각 입력 단계에 주는 가중치',
  inputs: '입력',
  target: '실제 다음 값',
  naive: '단순 예측',
  linear: '선형 예측',
  weights: '가중치',
  resultsCaption: '기준선별 평균 제곱 오차',
  modelCol: '기준선',
  validCol: '검증 MSE',
  testCol: '테스트 MSE',
  naiveRow: '단순 예측 (마지막 값)',
  linearRow: '선형 모델 (모든 입력)',
  notesRow: '단순 예측, 강의 노트',
  ratio: '선형 모델의 검증 오차가 단순 예측보다 {r}배 작습니다.',
  exampleReadout: '시계열 {i}: 실제 {y}, 단순 {n} (오차 {en}), 선형 {l} (오차 {el}).',
  weightsCaption: '입력 단계별 선형 가중치',
  stepCol: '단계',
  weightCol: '가중치',
  biasRow: '편향',
  exampleCaption: '검증 시계열 {i}',
};

export const STRINGS: Record<Lang, typeof en> = { en, ko };
export type StringKey = keyof typeof en;

export function fill(lang: Lang, key: StringKey, params: Record<string, string | number> = {}) {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (m, k: string) =>
    k in params ? String(params[k]) : m,
  );
}
