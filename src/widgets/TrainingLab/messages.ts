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
    en: 'Timed each backend on this model and chose {running}.',
    ko: '이 모델로 백엔드마다 시간을 재어 {running}을(를) 골랐습니다.',
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
  const template = MESSAGES[m.code]?.[lang];
  if (template) return fill(template, params);
  const detail = Object.entries(params)
    .map(([k, v]) => `${k} = ${v}`)
    .join(', ');
  return detail ? `${m.code}: ${detail}` : m.code;
}
