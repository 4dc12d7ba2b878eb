/**
 * Every word the drawings show, in Korean and English (the two are equal: neither is a fallback).
 * `{name}` placeholders are filled by `say`.
 */
import type { Bilingual, Lang } from '../lesson/lang';

export const STRINGS = {
  showTable: { ko: '표로 보기', en: 'Show as table' },
  showChart: { ko: '그림으로 보기', en: 'Show as chart' },
  time: { ko: '시간', en: 'Time' },
  timeStep: { ko: '시간 단계 t', en: 'Time step t' },
  unit: { ko: '유닛', en: 'Unit' },
  value: { ko: '값', en: 'Value' },
  step: { ko: '단계', en: 'Step' },
  epoch: { ko: '에폭', en: 'Epoch' },
  trainingStep: { ko: '학습 단계', en: 'Training step' },
  legend: { ko: '범례', en: 'Legend' },
  // UnrolledNetwork
  unrolledTitle: { ko: '시간으로 펼친 RNN', en: 'An RNN unrolled in time' },
  unrolledDesc: {
    ko: '같은 셀과 같은 가중치 W를 매 시간 단계에 다시 쓴다. 입력 x(t)와 이전 상태 h(t−1)이 들어가 새 상태 h(t)와 출력 y(t)가 나온다.',
    en: 'The same cell with the same weights W is reused at every time step: x(t) and h(t−1) go in, h(t) and y(t) come out.',
  },
  folded: { ko: '접기', en: 'Folded' },
  unrolled: { ko: '펼치기', en: 'Unrolled' },
  view: { ko: '보기', en: 'View' },
  shape: { ko: '입출력 형태', en: 'Shape' },
  oneToOne: { ko: '일대일', en: 'One-to-one' },
  oneToMany: { ko: '일대다', en: 'One-to-many' },
  manyToOne: { ko: '다대일', en: 'Many-to-one' },
  manyToMany: { ko: '다대다', en: 'Many-to-many' },
  syncedManyToMany: { ko: '동기화된 다대다', en: 'Synchronized many-to-many' },
  encoderDecoder: { ko: '인코더–디코더', en: 'Encoder–decoder' },
  forward: { ko: '순전파', en: 'Forward' },
  backward: { ko: '역전파(BPTT)', en: 'Backward (BPTT)' },
  mode: { ko: '방향', en: 'Mode' },
  truncation: { ko: '잘린 BPTT 창 k', en: 'Truncated BPTT window k' },
  loss: { ko: '손실', en: 'Loss' },
  feedsLoss: { ko: '손실에 들어감', en: 'feeds the loss' },
  encoder: { ko: '인코더', en: 'Encoder' },
  decoder: { ko: '디코더', en: 'Decoder' },
  gradNorm: { ko: '‖∂L/∂h(t)‖', en: '‖∂L/∂h(t)‖' },
  node: { ko: '노드', en: 'Node' },
  // CellDiagram
  cellTitle: { ko: '{cell} 셀의 내부', en: 'Inside the {cell} cell' },
  cellDesc: {
    ko: '게이트와 경로 하나하나. 게이트에 마우스를 올리거나 초점을 두면 수식의 같은 기호가 강조되고 값이 보인다.',
    en: 'Every gate and path. Hover or focus a gate to highlight the same symbol in the formula and see its values.',
  },
  formulas: { ko: '{cell} 수식', en: '{cell} formulas' },
  gate: { ko: '게이트', en: 'Gate' },
  forgetGate: { ko: '망각 게이트 f', en: 'Forget gate f' },
  inputGate: { ko: '입력 게이트 i', en: 'Input gate i' },
  outputGate: { ko: '출력 게이트 o', en: 'Output gate o' },
  candidate: { ko: '후보 g', en: 'Candidate g' },
  cellState: { ko: '셀 상태 c', en: 'Cell state c' },
  hiddenState: { ko: '은닉 상태 h', en: 'Hidden state h' },
  resetGate: { ko: '리셋 게이트 r', en: 'Reset gate r' },
  updateGate: { ko: '업데이트 게이트 z', en: 'Update gate z' },
  input: { ko: '입력 x', en: 'Input x' },
  // NumericWalkthrough
  walkTitle: { ko: '숫자로 따라가는 한 단계', en: 'One step in numbers' },
  walkDesc: {
    ko: '실제 가중치와 값을 수식에 넣어 t 시점의 계산을 한 줄씩 따라간다.',
    en: 'The real weights and values substituted into the formulas, one line at a time, at time t.',
  },
  prev: { ko: '이전', en: 'Previous' },
  next: { ko: '다음', en: 'Next' },
  lineOf: { ko: '{n} / {total} 줄', en: 'Line {n} of {total}' },
  sample: { ko: '표본', en: 'Sample' },
  // GateHeatmap
  heatTitle: { ko: '게이트 활성값: 유닛 × 시간', en: 'Gate activations: units × time' },
  heatDesc: {
    ko: '게이트마다 한 장의 히트맵. 행은 유닛, 열은 시간 단계.',
    en: 'One heatmap per gate: rows are units, columns are time steps.',
  },
  // GradientFlow
  gradTitle: { ko: '시간을 거슬러 흐르는 기울기', en: 'Gradients flowing back in time' },
  gradDesc: {
    ko: '시간 단계마다 ‖∂L/∂h(t)‖ (로그 축). 최댓값의 1/1000 아래는 소실, 손실이 들어오는 곳의 1000배 위는 폭발로 칠했다.',
    en: '‖∂L/∂h(t)‖ per time step on a log axis. Below 1/1000 of the largest is shaded as vanishing; above 1000× the norm where the loss enters, as exploding.',
  },
  vanishing: { ko: '소실', en: 'vanishing' },
  exploding: { ko: '폭발', en: 'exploding' },
  overTraining: {
    ko: '학습 중의 변화 (학습 단계 × 시간 단계)',
    en: 'Over training (training step × time step)',
  },
  model: { ko: '모델', en: 'Model' },
  // TrainingDashboard
  dashTitle: { ko: '학습 현황', en: 'Training' },
  dashDesc: {
    ko: '학습과 검증의 손실·지표 곡선, 기준선, 진행률과 속도.',
    en: 'Training and validation loss and metric curves, baselines, progress and speed.',
  },
  train: { ko: '학습', en: 'train' },
  valid: { ko: '검증', en: 'validation' },
  metric: { ko: '지표', en: 'Metric' },
  logScale: { ko: '로그 축', en: 'Log scale' },
  examplesPerSecond: { ko: '{n} 예제/초', en: '{n} examples/s' },
  backend: { ko: '백엔드: {name}', en: 'Backend: {name}' },
  epochProgress: {
    ko: '에폭 {epoch}: {batch} / {total} 배치',
    en: 'Epoch {epoch}: batch {batch} of {total}',
  },
  state_idle: { ko: '대기', en: 'Idle' },
  state_training: { ko: '학습 중', en: 'Training' },
  state_paused: { ko: '일시 정지', en: 'Paused' },
  state_done: { ko: '완료', en: 'Done' },
  state_diverged: { ko: '발산', en: 'Diverged' },
  state_error: { ko: '오류', en: 'Error' },
  noHistory: { ko: '아직 기록이 없다', en: 'No history yet' },
  // ForecastView
  foreTitle: { ko: '예측', en: 'Forecast' },
  foreDesc: {
    ko: '과거 구간, 실제 값, 모델의 예측과 기준선.',
    en: 'The history, the truth, the model’s prediction and the baselines.',
  },
  history: { ko: '과거', en: 'History' },
  truth: { ko: '실제', en: 'Truth' },
  prediction: { ko: '예측', en: 'Prediction' },
  oneStep: { ko: '한 단계 예측', en: 'One-step' },
  multiStep: { ko: '여러 단계 예측', en: 'Multi-step' },
  // CharacterView
  charTitle: { ko: '문자 단위 예측', en: 'Character by character' },
  charDesc: {
    ko: '위치마다 입력 문자, 다음 문자 상위 후보와 확률, 맞았는지. 아래는 은닉 상태의 궤적.',
    en: 'Per position: the input character, the top predictions for the next one with probabilities, right or wrong. Below, the hidden state’s path.',
  },
  position: { ko: '위치', en: 'Position' },
  inputChar: { ko: '입력', en: 'Input' },
  nextChar: { ko: '다음 문자', en: 'Next' },
  topK: { ko: '상위 {k} 후보', en: 'Top {k}' },
  result: { ko: '결과', en: 'Result' },
  right: { ko: '맞음', en: 'right' },
  wrong: { ko: '틀림', en: 'wrong' },
  trajectory: { ko: '은닉 상태 궤적', en: 'Hidden-state trajectory' },
  pcaNote: {
    ko: '주성분 분석(PCA)으로 {d}차원을 2차원에 투영 (분산의 {pct}% 설명)',
    en: 'PCA projection of {d} dimensions onto 2 ({pct}% of the variance)',
  },
  rawNote: { ko: '은닉 크기 2: h₁, h₂ 그대로', en: 'Hidden size 2: h₁ and h₂ as they are' },
  space: { ko: '공백', en: 'space' },
  // ShapeCalculator
  shapeTitle: { ko: '층 요약과 텐서 모양', en: 'Layer summary and tensor shapes' },
  shapeDesc: {
    ko: 'Keras의 model.summary()처럼: 층마다 출력 모양과 파라미터 수.',
    en: 'Like Keras’s model.summary(): each layer’s output shape and parameter count.',
  },
  layer: { ko: '층 (종류)', en: 'Layer (type)' },
  outputShape: { ko: '출력 모양', en: 'Output shape' },
  params: { ko: '파라미터 수', en: 'Param #' },
  total: { ko: '전체 파라미터', en: 'Total params' },
  timesteps: { ko: '시간 길이 T', en: 'Timesteps T' },
  features: { ko: '특성 수 d', en: 'Features d' },
  cell: { ko: '셀', en: 'Cell' },
  units: { ko: '유닛 수', en: 'Units' },
  returnSequences: { ko: 'return_sequences', en: 'return_sequences' },
  bidirectional: { ko: '양방향', en: 'Bidirectional' },
  addLayer: { ko: '층 추가', en: 'Add layer' },
  removeLayer: { ko: '{n}번 층 삭제', en: 'Remove layer {n}' },
  dense: { ko: 'Dense 출력 유닛', en: 'Dense output units' },
  needsSequences: {
    ko: '{n}번 층은 시퀀스를 받아야 한다: 앞 층에 return_sequences=True가 필요하다.',
    en: 'Layer {n} needs a sequence: the layer before it needs return_sequences=True.',
  },
  // SequenceToys
  toysTitle: { ko: '순환 없이 순서를 다루려면', en: 'Handling order without recurrence' },
  toysDesc: {
    ko: '고정 창, 단어 주머니, 큰 창: 문장을 벡터로 만드는 세 가지 생각과 그 한계.',
    en: 'Fixed window, bag of words, big window: three ways to turn a sentence into a vector, and where each falls short.',
  },
  sentence: { ko: '문장 {n}', en: 'Sentence {n}' },
  idea: { ko: '방법', en: 'Idea' },
  fixedWindow: { ko: '고정 창', en: 'Fixed window' },
  bagOfWords: { ko: '단어 주머니', en: 'Bag of words' },
  bigWindow: { ko: '큰 창', en: 'Big window' },
  windowSize: { ko: '창 크기 N', en: 'Window N' },
  word: { ko: '단어', en: 'Word' },
  count: { ko: '개수', en: 'Count' },
  same: {
    ko: '두 문장의 벡터가 똑같다: 단어 주머니는 순서를 잃는다.',
    en: 'The two vectors are identical: a bag of words loses the order.',
  },
  differ: { ko: '두 문장의 벡터가 다르다.', en: 'The two vectors differ.' },
  windowNote: {
    ko: '마지막 {n}개 단어의 원-핫 벡터를 이어 붙인 {d}차원 벡터',
    en: 'The one-hot vectors of the last {n} words, concatenated: {d} dimensions',
  },
  bigNote: {
    ko: '위치마다 다른 가중치 W₁…W{n}: {p}개 파라미터. RNN은 W 하나를 모든 위치에서 공유한다 ({q}개).',
    en: 'A different weight matrix per position, W₁…W{n}: {p} parameters. An RNN shares one W across positions ({q}).',
  },
  pad: { ko: '(빈칸)', en: '(pad)' },
  play: { ko: '재생', en: 'Play' },
  pause: { ko: '일시 정지', en: 'Pause' },
  stepOnce: { ko: '한 단계', en: 'Step' },
  reset: { ko: '처음으로', en: 'Reset' },
  playback: { ko: '재생 조절', en: 'Playback' },
  head: { ko: 'Dense 출력층', en: 'Dense head' },
  headEveryStep: {
    ko: '매 단계 출력 (TimeDistributed)',
    en: 'Output every step (TimeDistributed)',
  },
  resetAfter: { ko: 'reset_after', en: 'reset_after' },
  inputShape: { ko: '입력', en: 'Input' },
  // Engine message codes (src/engine/trainer): 'train.diverged', 'train.error'.
  'msg_train.diverged': {
    ko: '{step}번째 단계에서 손실이 {loss}이(가) 되어 학습이 멈췄다. 마지막으로 괜찮던 가중치로 되돌렸다. 학습률({learningRate})을 낮추거나 기울기 클리핑(지금 {clipNorm})을 켜 보자.',
    en: 'Training stopped at step {step}: the loss became {loss}. The last good weights are back. Try a learning rate below {learningRate} or gradient clipping (now {clipNorm}).',
  },
  'msg_train.error': {
    ko: '오류로 학습이 멈췄다: {detail}',
    en: 'Training stopped with an error: {detail}',
  },
} satisfies Record<string, Bilingual>;

export type StringKey = keyof typeof STRINGS;

/** The string `key` in `lang`, with `{name}` placeholders replaced by `params`. */
export function say(
  key: StringKey,
  lang: Lang,
  params: Record<string, string | number> = {},
): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : m,
  );
}

/** The gallery page's own words: section titles and demo controls. */
export const GALLERY = {
  title: { ko: '시각화 갤러리', en: 'Visualization gallery' },
  intro: {
    ko: '강의에 쓰이는 모든 그림을 고정된 예제 데이터로 모아 두었다. 데이터는 작은 셀의 실제 순전파·역전파로 만들었다.',
    en: 'Every drawing of the course on fixed example data, made by real forward and backward passes of small cells.',
  },
  unrolled: { ko: '1. 펼친 네트워크', en: '1. Unrolled network' },
  cell: { ko: '2. 셀 다이어그램과 수식', en: '2. Cell diagram and formulas' },
  walk: { ko: '3. 숫자로 따라가기', en: '3. Numeric walkthrough' },
  heat: { ko: '4. 게이트 히트맵', en: '4. Gate heatmap' },
  grad: { ko: '5. 기울기 흐름', en: '5. Gradient flow' },
  dash: { ko: '6. 학습 현황판', en: '6. Training dashboard' },
  fore: { ko: '7. 예측 보기', en: '7. Forecast view' },
  chars: { ko: '8. 문자 보기', en: '8. Character view' },
  shapes: { ko: '9. 모양 계산기', en: '9. Shape calculator' },
  toys: { ko: '10. 순서 장난감', en: '10. Sequence toys' },
  controls: { ko: '11. 조작 도구', en: '11. Controls' },
  cellKind: { ko: '셀 종류', en: 'Cell kind' },
  simTraining: { ko: '학습 흉내 내기', en: 'Simulated training' },
  diverged: { ko: '발산한 실행', en: 'A diverged run' },
  hidden2: { ko: '은닉 크기 2', en: 'Hidden size 2' },
  hidden6: { ko: '은닉 크기 6 (PCA)', en: 'Hidden size 6 (PCA)' },
  learningRate: { ko: '학습률', en: 'Learning rate' },
  units: { ko: '유닛', en: 'units' },
  dropout: { ko: '드롭아웃', en: 'Dropout' },
  clip: { ko: '기울기 클리핑', en: 'Gradient clipping' },
  locked: { ko: '잠김 (이 수업에서 고정)', en: 'Locked (fixed in this lesson)' },
  batch: { ko: '배치 크기', en: 'Batch size' },
  naive: { ko: '단순 예측', en: 'naive' },
  mean: { ko: '평균 예측', en: 'mean' },
  mse: { ko: 'RMSE', en: 'RMSE' },
  formulaLink: {
    ko: '아래 수식의 기호에 마우스를 올리거나 Tab으로 초점을 옮기면 위 다이어그램의 게이트가 강조된다. 그 반대도 된다.',
    en: 'Hover or Tab to a symbol in the formulas below and the gate lights up in the diagram above, and the other way round.',
  },
} satisfies Record<string, Bilingual>;

export type GalleryKey = keyof typeof GALLERY;
