/**
 * Sentiment on the 1,000 shipped review sentences (S14, and the bidirectional variants of S11.2):
 * one table of the runs, each row a cell, its stacking and dropout, and the figure the notes
 * reported on IMDB where there is one.
 */
import { loadPublicText, makeSentimentSplit, parseSentences } from '../data';
import type { CellKind } from '../types';
import { layer, NOTES_B } from './common';
import type { Bilingual, DataOptions, Experiment, PreparedData, Reported } from './types';

async function sentences(
  maxLen: number,
  vocabSize: number,
  options?: DataOptions,
): Promise<PreparedData> {
  const rows = parseSentences(await loadPublicText('data/imdb-sentences.json', options?.baseUrl));
  const d = makeSentimentSplit(rows, { vocabSize, maxLen, testFraction: 0.2, seed: 7 });
  return { split: d.split, vocab: d.vocab };
}

const SENTIMENT_VOCAB = 1000;
const SENTIMENT_LEN = 32;

function sentimentExperiment(
  id: string,
  title: Bilingual,
  cell: CellKind,
  options: {
    bidirectional?: boolean;
    dropout: number;
    layers: number;
    embedding: number;
    epochs: number;
  },
  reported: Reported[],
): Experiment {
  const layers = Array.from({ length: options.layers }, (_, i) =>
    layer(cell, 32, i < options.layers - 1, {
      dropout: options.dropout,
      bidirectional: options.bidirectional,
    }),
  );
  return {
    id,
    title,
    description: {
      ko: `리뷰 문장 1,000개의 긍정/부정 분류: 임베딩 ${options.embedding} → ${title.ko}`,
      en: `Positive/negative review sentences (1,000): embedding ${options.embedding} → ${title.en}`,
    },
    syllabus: options.bidirectional ? ['S11.2', 'S14.3'] : ['S14.1', 'S14.2', 'S13.3'],
    kind: 'recurrent',
    model: {
      input: { kind: 'embedding', vocabSize: SENTIMENT_VOCAB, dim: options.embedding },
      timesteps: SENTIMENT_LEN,
      layers,
      head: { kind: 'last', units: 1, activation: 'sigmoid' },
      seed: 1,
    },
    train: {
      optimizer: 'adam',
      learningRate: 0.003,
      batchSize: 32,
      epochs: options.epochs,
      loss: 'binaryCrossEntropy',
      metric: 'accuracy',
      clipNorm: null,
      tbpttWindow: null,
      seed: 1,
    },
    data: (options) => sentences(SENTIMENT_LEN, SENTIMENT_VOCAB, options),
    reported,
    differs: {
      ko: '노트는 IMDB 리뷰 25,000개(최대 80~200 단어, 어휘 10,000, 임베딩 100~128, 유닛 64)로 배치 128, 4 에포크를 학습해 검증 정확도 82~86%를 얻습니다. 여기서는 문장 1,000개(800/200, 최대 32 단어, 어휘 1,000)뿐이라 작은 모델(임베딩 32, 유닛 32)도 몇 에포크 만에 훈련 문장을 외우고, 검증 정확도는 55~60% 정도에 머뭅니다.',
      en: 'The notes train on 25,000 IMDB reviews (up to 80–200 words, 10,000-word vocabulary, embedding 100–128, 64 units), batch 128, 4 epochs, and reach 82–86% validation accuracy. Here there are only 1,000 sentences (800/200, up to 32 words, 1,000-word vocabulary): even a small model (embedding 32, 32 units) memorises the training sentences within a few epochs and validation accuracy stays near 55–60%.',
    },
  };
}

const BI_LSTM_SOURCE = 'course notes 001 (Bidirectional(LSTM(64)), IMDB)';

/** id, title, cell, bidirectional, dropout, layers, the notes' test accuracy (if reported). */
const RUNS: [string, Bilingual, CellKind, boolean, number, number, Reported | null][] = [
  [
    'sentiment-rnn',
    { ko: 'SimpleRNN 감성 분류', en: 'SimpleRNN sentiment' },
    'simpleRnn',
    false,
    0.2,
    2,
    { quantity: 'testAccuracy', value: 0.8226, source: NOTES_B },
  ],
  [
    'sentiment-lstm',
    { ko: 'LSTM 감성 분류', en: 'LSTM sentiment' },
    'lstm',
    false,
    0.5,
    2,
    { quantity: 'testAccuracy', value: 0.834, source: NOTES_B },
  ],
  [
    'sentiment-gru',
    { ko: 'GRU 감성 분류', en: 'GRU sentiment' },
    'gru',
    false,
    0.5,
    2,
    { quantity: 'testAccuracy', value: 0.8338, source: NOTES_B },
  ],
  [
    'sentiment-bilstm',
    { ko: '양방향 LSTM 감성 분류', en: 'Bidirectional LSTM sentiment' },
    'lstm',
    true,
    0.3,
    1,
    { quantity: 'testAccuracy', value: 0.8616, source: BI_LSTM_SOURCE },
  ],
  [
    'sentiment-birnn',
    { ko: '양방향 SimpleRNN 감성 분류', en: 'Bidirectional SimpleRNN sentiment' },
    'simpleRnn',
    true,
    0.3,
    1,
    null,
  ],
  [
    'sentiment-bigru',
    { ko: '양방향 GRU 감성 분류', en: 'Bidirectional GRU sentiment' },
    'gru',
    true,
    0.3,
    1,
    null,
  ],
];

export const SENTIMENT_EXPERIMENTS: Experiment[] = RUNS.map(
  ([id, title, cell, bidirectional, dropout, layers, reported]) =>
    sentimentExperiment(
      id,
      title,
      cell,
      { bidirectional: bidirectional || undefined, dropout, layers, embedding: 32, epochs: 8 },
      reported ? [reported] : [],
    ),
);
