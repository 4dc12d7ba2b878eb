/**
 * Engine messages (a code and its numbers) as sentences in either language: what happened, and
 * what to try. Unknown codes still say something readable.
 */
import type { EngineMessage } from '../../engine/types';
import type { Lang } from '../../lesson/lang';
import { fill } from './strings';

type Table = Record<string, Record<Lang, string>>;

const SETTING: Table = {
  units: { en: 'Units', ko: '유닛 수' },
  layers: { en: 'Layers', ko: '층 수' },
  batchSize: { en: 'Batch size', ko: '배치 크기' },
  epochs: { en: 'Epochs', ko: '에포크' },
  learningRate: { en: 'Learning rate', ko: '학습률' },
  clipNorm: { en: 'Gradient clipping', ko: '그레이디언트 자르기' },
  timesteps: { en: 'Sequence length', ko: '시퀀스 길이' },
  tbpttWindow: { en: 'Truncated BPTT window', ko: 'TBPTT 창' },
  seed: { en: 'Seed', ko: '시드' },
  cell: { en: 'Cell', ko: '셀' },
  feedPrediction: {
    en: 'Share of inputs taken from the model’s own predictions',
    ko: '모델 자신의 예측을 입력으로 쓰는 비율',
  },
  decoderSteps: { en: 'Decoder steps', ko: '디코더 단계 수' },
  gateBias: { en: 'Initial gate biases', ko: '게이트 편향 초기화' },
  dropout: { en: 'Dropout', ko: '드롭아웃' },
  headKind: { en: 'Output head', ko: '출력 헤드' },
  headUnits: { en: 'Output units', ko: '출력 유닛 수' },
  activation: { en: 'Output activation', ko: '출력 활성화 함수' },
  features: { en: 'Input features', ko: '입력 특성 수' },
  vocabSize: { en: 'Vocabulary size', ko: '어휘 크기' },
  embeddingDim: { en: 'Embedding size', ko: '임베딩 크기' },
  input: { en: 'Input kind', ko: '입력 종류' },
  loss: { en: 'Loss', ko: '손실 함수' },
  metric: { en: 'Metric', ko: '평가 지표' },
  optimizer: { en: 'Optimizer', ko: '옵티마이저' },
};

/** Words for the values some messages carry: why a model is refused, which data part and axis. */
const REASON: Table = {
  denseInput: {
    en: 'its inputs are numbers, not characters or words it could predict',
    ko: '입력이 숫자라서 모델이 예측한 문자나 단어로 바꿀 수 없습니다',
  },
  lastStepHead: {
    en: 'it predicts only after the last step, not at every step',
    ko: '마지막 단계에서만 예측하고 단계마다 예측하지 않습니다',
  },
  vocabulary: {
    en: 'its output vocabulary is not its input vocabulary',
    ko: '출력 어휘가 입력 어휘와 다릅니다',
  },
  bidirectional: {
    en: 'a bidirectional layer reads the future, which free running cannot supply',
    ko: '양방향 층은 미래를 읽어야 하는데 자유 실행으로는 미래를 줄 수 없습니다',
  },
  'model.decoder.missing': { en: 'the decoder is missing', ko: '디코더가 없습니다' },
  'model.decoder.head': {
    en: 'the decoder needs a head at every step',
    ko: '디코더에는 단계마다 출력하는 헤드가 필요합니다',
  },
  'model.decoder.input': {
    en: 'the decoder must read ids (one-hot or embedding)',
    ko: '디코더 입력은 id(원-핫 또는 임베딩)여야 합니다',
  },
  'model.decoder.startToken': {
    en: 'the start token must be an id inside the decoder’s vocabulary',
    ko: '시작 토큰은 디코더 어휘 안의 id여야 합니다',
  },
  'model.decoder.steps': {
    en: 'the number of decoder steps must be a whole number in range',
    ko: '디코더 단계 수는 범위 안의 정수여야 합니다',
  },
  'model.decoder.vocabulary': {
    en: 'the decoder’s output vocabulary must match its input vocabulary',
    ko: '디코더의 출력 어휘가 입력 어휘와 같아야 합니다',
  },
  mse: { en: 'mean squared error', ko: '평균 제곱 오차' },
  softmaxCrossEntropy: { en: 'softmax cross-entropy', ko: '소프트맥스 교차 엔트로피' },
  binaryCrossEntropy: { en: 'binary cross-entropy', ko: '이진 교차 엔트로피' },
  train: { en: 'training', ko: '학습' },
  valid: { en: 'validation', ko: '검증' },
  test: { en: 'test', ko: '테스트' },
  features: { en: 'the features of each step', ko: '단계마다의 특성' },
  tokens: {
    en: 'the number of axes (ids need [examples, steps])',
    ko: '축의 개수 (id는 [샘플, 단계])',
  },
  timesteps: { en: 'the time steps', ko: '시간 단계' },
  outputSteps: { en: 'the output steps', ko: '출력 단계' },
  targets: { en: 'the targets per example', ko: '샘플당 목표 값' },
  examples: { en: 'the number of examples', ko: '샘플 수' },
  'model.noLayers': {
    en: 'the encoder needs at least one recurrent layer',
    ko: '인코더에 순환 층이 하나 이상 있어야 합니다',
  },
};

const MESSAGES: Table = {
  range: {
    en: '{setting} must be between {min} and {max}; {value} is not allowed.',
    ko: '{setting}은(는) {min}에서 {max} 사이여야 합니다. {value}은(는) 쓸 수 없습니다.',
  },
  oneOf: {
    en: '{setting} must be one of: {allowed}.',
    ko: '{setting}은(는) 다음 중 하나여야 합니다: {allowed}.',
  },
  'train.diverged': {
    en: 'Training diverged at step {step} (loss {loss}). The last good weights are back. Try a lower learning rate or turn on gradient clipping, then press Train again.',
    ko: '{step}번째 단계에서 학습이 발산했습니다 (손실 {loss}). 마지막으로 괜찮던 가중치로 되돌렸습니다. 학습률을 낮추거나 그레이디언트 자르기를 켠 뒤 다시 학습을 누르세요.',
  },
  'train.error': {
    en: 'Training stopped with an error: {detail}. Press Reset to start again.',
    ko: '오류로 학습이 멈췄습니다: {detail}. 처음으로를 눌러 다시 시작하세요.',
  },
  'worker.failed': {
    en: 'The training worker stopped: {detail}. Reload the page to try again.',
    ko: '학습 워커가 멈췄습니다: {detail}. 페이지를 새로 고쳐 다시 시도하세요.',
  },
  'backend.auto': {
    en: 'Timed a training step of this model on each backend ({timings}) and chose {running}.',
    ko: '이 모델의 학습 한 스텝을 백엔드마다 재어({timings}) {running}을(를) 골랐습니다.',
  },
  'backend.failed': {
    en: 'The {backend} backend could not start here; using another one.',
    ko: '{backend} 백엔드를 시작할 수 없어 다른 백엔드를 씁니다.',
  },
  'backend.fallback': {
    en: '{requested} is not available here; running on {running}.',
    ko: '{requested}을(를) 쓸 수 없어 {running}에서 실행합니다.',
  },
  'backend.lost': {
    en: 'The {failed} backend stopped working; training moved to {running} from the last weights.',
    ko: '{failed} 백엔드가 멈춰서 마지막 가중치에서 {running}(으)로 옮겨 학습합니다.',
  },
  'input.shape': {
    en: 'These inputs have the shape {got}; this model reads {expected}.',
    ko: '입력의 모양이 {got}입니다. 이 모델은 {expected} 모양을 읽습니다.',
  },
  'input.value': {
    en: 'Input number {index} is {value}, which this model cannot read (ids run from 0 to {max}).',
    ko: '{index}번째 입력 값 {value}은(는) 이 모델이 읽을 수 없습니다 (id는 0부터 {max}까지).',
  },
  'checkpoint.failed': {
    en: 'The pretrained model could not be loaded: {detail}. Training it yourself still works.',
    ko: '사전 학습 모델을 불러오지 못했습니다: {detail}. 직접 학습하는 것은 그대로 할 수 있습니다.',
  },
  'invalid.seed': {
    en: 'The seed must be a whole number; {value} is not.',
    ko: '시드는 정수여야 합니다. {value}은(는) 정수가 아닙니다.',
  },
  'invalid.returnSequences': {
    en: 'Layer {layer} feeds another recurrent layer, so it must return its whole sequence.',
    ko: '{layer}번 층은 다음 순환 층에 이어지므로 시퀀스 전체를 내보내야 합니다.',
  },
  'invalid.headNeedsSequence': {
    en: 'An output at every step needs the last recurrent layer (layer {layer}) to return its whole sequence.',
    ko: '단계마다 출력하려면 마지막 순환 층({layer}번)이 시퀀스 전체를 내보내야 합니다.',
  },
  'invalid.lossHead': {
    en: 'The loss {loss} does not fit an output activation {activation}: use softmax with softmax cross-entropy and sigmoid with binary cross-entropy.',
    ko: '손실 {loss}은(는) 출력 활성화 함수 {activation}와(과) 맞지 않습니다. softmax 교차 엔트로피에는 softmax를, 이진 교차 엔트로피에는 sigmoid를 쓰세요.',
  },
  'invalid.dataShape': {
    en: 'The {part} data does not fit the model: along {axis} it has {value}, the model expects {expected}.',
    ko: '{part} 데이터가 모델과 맞지 않습니다: {axis} 축이 {value}인데 모델은 {expected}을(를) 기대합니다.',
  },
  'invalid.freeRunning': {
    en: 'This model cannot be trained on its own predictions: {reason}. Turn teacher forcing back on.',
    ko: '이 모델은 자기 예측으로 학습할 수 없습니다: {reason}. 교사 강요를 다시 켜세요.',
  },
  'invalid.freeRunningData': {
    en: 'Free running needs data whose input is the previous target, but {part} sample {sample} differs at step {step}.',
    ko: '자유 실행에는 입력이 바로 앞 목표인 데이터가 필요한데, {part} 데이터의 {sample}번 샘플이 {step}단계에서 다릅니다.',
  },
  'invalid.decoder': {
    en: 'The encoder–decoder cannot be built: {problem}.',
    ko: '인코더–디코더를 만들 수 없습니다: {problem}.',
  },
  'experiment.unknown': {
    en: 'There is no experiment called {id}.',
    ko: '{id}라는 실험은 없습니다.',
  },
};

export function messageText(m: EngineMessage, lang: Lang): string {
  const params: Record<string, string | number> = { ...(m.params ?? {}) };
  if (m.code.startsWith('invalid.')) {
    const name = m.code.slice('invalid.'.length);
    params.setting = SETTING[name]?.[lang] ?? name;
    if ('min' in params && 'max' in params) return fill(MESSAGES.range[lang], params);
    if ('allowed' in params) return fill(MESSAGES.oneOf[lang], params);
  }
  for (const key of ['reason', 'problem', 'part', 'axis', 'loss']) {
    const why = REASON[String(params[key])]?.[lang];
    if (why) params[key] = why;
  }
  const template = MESSAGES[m.code]?.[lang];
  if (template) return fill(template, params);
  const detail = Object.entries(params)
    .map(([k, v]) => `${k} = ${v}`)
    .join(', ');
  return detail ? `${m.code}: ${detail}` : m.code;
}
