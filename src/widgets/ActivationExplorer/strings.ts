/** Every visible text of ActivationExplorer, in both languages; `{name}` is filled by `fill`. */
import type { Lang } from '../../lesson/lang';

const en = {
  curvesTitle: 'Sigmoid, tanh and ReLU, and their derivatives',
  curvesDesc:
    'Left: the functions on [−6, 6]. Right: their derivatives, with a dotted line at 0.25, the most sigmoid′ ever reaches. Move x to read all six at one input.',
  x: 'Input x',
  highlight: 'Highlight',
  sigmoid: 'sigmoid σ',
  tanh: 'tanh',
  relu: 'ReLU',
  valuesAxis: 'φ(x)',
  slopesAxis: 'φ′(x)',
  xAxis: 'x',
  valuesChart: 'Sigmoid, tanh and ReLU plotted from x = −6 to 6',
  slopesChart: 'The derivatives of sigmoid, tanh and ReLU from x = −6 to 6',
  readoutAt: 'At x = {x}',
  curvesTable: 'Values and derivatives at whole-number inputs and at the chosen x',
  productsTitle: 'Multiply the derivative T times',
  productsDesc:
    'Back-propagating through T steps multiplies T derivatives. Left: φ′(x)^t at your x and the best cases at x = 0, on a log scale. Right: the loop h ← φ(w·h) from h(0) = 0.5, and how strongly h(t) still depends on h(0).',
  steps: 'Steps T',
  weight: 'Recurrent weight w',
  stepAxis: 't',
  productAxis: 'φ′(x)^t (log)',
  loopAxis: '∂h(t)/∂h(0) (log)',
  productsChart: 'Products of t derivatives for t = 1 to {T}, log scale',
  loopChart: 'Gradient through the loop h ← φ(w·h) for t = 0 to {T}, log scale',
  sigmoidAtX: 'σ′(x)^t',
  tanhAtX: 'tanh′(x)^t',
  reluAtX: 'ReLU′(x)^t',
  sigmoidBest: 'σ′(0)^t = 0.25^t',
  tanhBest: 'tanh′(0)^t = 1',
  reluLoop: 'ReLU loop',
  tanhLoop: 'tanh loop',
  summary:
    'After T = {T} steps at x = {x}: σ′(x)^T = {s}, tanh′(x)^T = {t}, ReLU′(x)^T = {r}. Best case at x = 0: 0.25^T = {sb} for sigmoid, 1 for tanh.',
  loopSummary:
    'Loop with w = {w} from h(0) = 0.5, after {T} steps: ReLU h(T) = {rh}, ∂h/∂h(0) = {rg}; tanh h(T) = {th}, ∂h/∂h(0) = {tg}.',
  productsTable: 'Products of t derivatives (x = {x})',
  loopTable: 'The loop h ← φ(w·h) with w = {w}, h(0) = 0.5',
  stepCol: 't',
  stateCol: '{fn} h(t)',
  gradCol: '{fn} ∂h(t)/∂h(0)',
};

const ko: typeof en = {
  curvesTitle: '시그모이드, tanh, ReLU와 그 도함수',
  curvesDesc:
    '왼쪽은 [−6, 6]에서 그린 세 함수, 오른쪽은 그 도함수입니다. 점선은 시그모이드 도함수가 도달할 수 있는 최댓값 0.25입니다. x를 움직이면 한 입력에서의 여섯 값을 모두 읽을 수 있습니다.',
  x: '입력 x',
  highlight: '강조할 함수',
  sigmoid: '시그모이드 σ',
  tanh: 'tanh',
  relu: 'ReLU',
  valuesAxis: 'φ(x)',
  slopesAxis: 'φ′(x)',
  xAxis: 'x',
  valuesChart: 'x = −6부터 6까지 그린 시그모이드, tanh, ReLU',
  slopesChart: 'x = −6부터 6까지 그린 시그모이드, tanh, ReLU의 도함수',
  readoutAt: 'x = {x}일 때',
  curvesTable: '정수 입력과 지금 고른 x에서의 함숫값과 도함숫값',
  productsTitle: '도함수를 T번 곱하면',
  productsDesc:
    'T 스텝을 거슬러 역전파하면 도함수 T개가 곱해집니다. 왼쪽은 지금 고른 x에서의 φ′(x)^t와 x = 0일 때의 가장 좋은 경우(로그 눈금), 오른쪽은 h(0) = 0.5에서 시작한 순환 h ← φ(w·h)에서 h(t)가 h(0)에 얼마나 민감한지를 보여 줍니다.',
  steps: '스텝 수 T',
  weight: '순환 가중치 w',
  stepAxis: 't',
  productAxis: 'φ′(x)^t (로그)',
  loopAxis: '∂h(t)/∂h(0) (로그)',
  productsChart: 't = 1부터 {T}까지 도함수 t개의 곱, 로그 눈금',
  loopChart: 't = 0부터 {T}까지 순환 h ← φ(w·h)를 지나는 기울기, 로그 눈금',
  sigmoidAtX: 'σ′(x)^t',
  tanhAtX: 'tanh′(x)^t',
  reluAtX: 'ReLU′(x)^t',
  sigmoidBest: 'σ′(0)^t = 0.25^t',
  tanhBest: 'tanh′(0)^t = 1',
  reluLoop: 'ReLU 순환',
  tanhLoop: 'tanh 순환',
  summary:
    'x = {x}에서 T = {T} 스텝 뒤: σ′(x)^T = {s}, tanh′(x)^T = {t}, ReLU′(x)^T = {r}. x = 0일 때 가장 좋은 경우는 시그모이드 0.25^T = {sb}, tanh는 1입니다.',
  loopSummary:
    'w = {w}, h(0) = 0.5로 {T} 스텝 돈 뒤: ReLU는 h(T) = {rh}, ∂h/∂h(0) = {rg}, tanh는 h(T) = {th}, ∂h/∂h(0) = {tg}입니다.',
  productsTable: '도함수 t개의 곱 (x = {x})',
  loopTable: 'w = {w}, h(0) = 0.5인 순환 h ← φ(w·h)',
  stepCol: 't',
  stateCol: '{fn} h(t)',
  gradCol: '{fn} ∂h(t)/∂h(0)',
};

export type StringKey = keyof typeof en;

export const STRINGS: Record<Lang, Record<StringKey, string>> = { ko, en };

/** The text for `key` in `lang`, with its `{name}` slots filled from `params`. */
export function fill(
  lang: Lang,
  key: StringKey,
  params: Record<string, string | number> = {},
): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : m,
  );
}
