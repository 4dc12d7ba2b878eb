/** Every visible text of SequenceShapes, in both languages; `{name}` is filled by `fill`. */
import type { Lang } from '../../lesson/lang';
import type { RnnShape } from '../../viz/unrolledLayout';

const en = {
  picker: 'Input/output shape',
  steps: 'Steps T',
  oneToOne: 'One-to-one',
  oneToMany: 'One-to-many',
  manyToOne: 'Many-to-one',
  manyToMany: 'Many-to-many (delayed)',
  syncedManyToMany: 'Synchronized many-to-many',
  encoderDecoder: 'Encoder–decoder',
  alias: 'Also called',
  examples: 'Examples',
  keras: 'In Keras',
  inputsAt: 'Inputs at',
  lossAt: 'Outputs that feed the loss',
  ignoredAt: 'Computed but ignored',
  none: 'none',
  lossFormula: 'L = {terms}',
  live: '{name}: inputs at {inputs}; the loss reads {loss}.',
};

const ko: typeof en = {
  picker: '입출력 형태',
  steps: '단계 수 T',
  oneToOne: '일대일',
  oneToMany: '일대다',
  manyToOne: '다대일',
  manyToMany: '다대다 (지연)',
  syncedManyToMany: '동기화된 다대다',
  encoderDecoder: '인코더–디코더',
  alias: '다른 이름',
  examples: '예',
  keras: 'Keras에서',
  inputsAt: '입력이 들어가는 단계',
  lossAt: '손실에 들어가는 출력',
  ignoredAt: '계산되지만 버려지는 출력',
  none: '없음',
  lossFormula: 'L = {terms}',
  live: '{name}: 입력은 {inputs}단계, 손실은 {loss}를 읽습니다.',
};

export type StringKey = keyof typeof en;

export const STRINGS: Record<Lang, Record<StringKey, string>> = { ko, en };

/** Per shape: the other name in the notes, examples and the Keras recipe. */
export const DETAILS: Record<
  Lang,
  Record<RnnShape, { alias: string; examples: string; keras: string }>
> = {
  en: {
    oneToOne: {
      alias: 'no recurrence at all: an ordinary feed-forward network',
      examples: 'image classification; one input, one answer',
      keras: 'Dense layers; there is nothing to unroll',
    },
    oneToMany: {
      alias: 'vector-to-sequence',
      examples: 'image captioning: one image in, a sentence out',
      keras: 'feed the vector at the first step (or at every step) and return_sequences=True',
    },
    manyToOne: {
      alias: 'sequence-to-vector',
      examples: 'sentiment analysis of a review, spam filtering, forecasting one value',
      keras: 'SimpleRNN(units) with return_sequences=False, then Dense',
    },
    manyToMany: {
      alias: 'sequence-to-sequence with a delay',
      examples: 'machine translation, chatbots: read the whole sentence, then answer',
      keras: 'in practice built as an encoder–decoder',
    },
    syncedManyToMany: {
      alias: 'sequence-to-sequence',
      examples:
        'language model (next word at every step), frame-by-frame video labels, part-of-speech tagging, named-entity recognition',
      keras: 'return_sequences=True, then TimeDistributed(Dense(...))',
    },
    encoderDecoder: {
      alias: 'sequence-to-vector encoder + vector-to-sequence decoder',
      examples:
        'translation: the encoder sums up the sentence in its last state, the decoder writes the translation',
      keras:
        'two recurrent layers with their own weights; the encoder’s last state starts the decoder',
    },
  },
  ko: {
    oneToOne: {
      alias: '순환이 전혀 없음: 평범한 피드포워드 신경망',
      examples: '이미지 분류. 입력 하나에 답 하나',
      keras: 'Dense 층. 펼칠 것이 없습니다',
    },
    oneToMany: {
      alias: '벡터-투-시퀀스 (vector-to-sequence)',
      examples: '이미지 캡셔닝: 이미지 하나를 넣으면 문장이 나옵니다',
      keras: '첫 단계(또는 모든 단계)에 벡터를 넣고 return_sequences=True',
    },
    manyToOne: {
      alias: '시퀀스-투-벡터 (sequence-to-vector)',
      examples: '영화 리뷰 감성 분석, 스팸 메일 분류, 값 하나 예측',
      keras: 'return_sequences=False인 SimpleRNN(units) 다음에 Dense',
    },
    manyToMany: {
      alias: '지연이 있는 시퀀스-투-시퀀스',
      examples: '기계 번역, 챗봇: 문장을 끝까지 읽은 뒤 답합니다',
      keras: '실제로는 인코더–디코더로 만듭니다',
    },
    syncedManyToMany: {
      alias: '시퀀스-투-시퀀스 (sequence-to-sequence)',
      examples:
        '언어 모델(매 단계 다음 단어 예측), 프레임 단위 비디오 분류, 품사 태깅, 개체명 인식',
      keras: 'return_sequences=True 다음에 TimeDistributed(Dense(...))',
    },
    encoderDecoder: {
      alias: '시퀀스-투-벡터 인코더 + 벡터-투-시퀀스 디코더',
      examples: '번역: 인코더가 문장을 마지막 상태에 요약하고, 디코더가 번역문을 씁니다',
      keras: '가중치가 서로 다른 순환 층 둘. 인코더의 마지막 상태로 디코더를 시작합니다',
    },
  },
};

export function fill(
  lang: Lang,
  key: StringKey,
  params: Record<string, string | number> = {},
): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : m,
  );
}
