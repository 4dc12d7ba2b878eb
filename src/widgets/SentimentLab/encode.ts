/**
 * The page-side view of the sentiment data: the same seeded split and vocabulary the worker builds
 * (same options as the registry's sentiment experiments), and the encoding of any typed sentence:
 * tokens, which ones fall outside the vocabulary, and the pre-padded ids the model reads.
 */
import {
  encodeTokens,
  makeSentimentSplit,
  padSequences,
  parseSentences,
  tokenize,
  type SentimentDataset,
  type Vocabulary,
} from '../../engine/data';

import { getExperiment } from '../../engine/experiments';
import { SENTIMENT_MODELS } from './models';

const registryModel = getExperiment('sentiment-rnn')?.model;
const registryInput = registryModel?.input;

/**
 * The split the worker builds for every sentiment experiment: vocabulary size and padded length
 * are read from the registry, so the page's encoding follows any change there; the test share
 * and shuffle seed are those of the registry's data factory (checked by the unit test).
 */
export const SENTIMENT_OPTIONS = {
  vocabSize: registryInput?.kind === 'embedding' ? registryInput.vocabSize : 1000,
  maxLen: registryModel?.timesteps ?? 32,
  testFraction: 0.2,
  seed: 7,
};

export { SENTIMENT_MODELS };
export type SentimentModel = (typeof SENTIMENT_MODELS)[number];

/** Builds the split from the shipped JSON text, exactly as the worker does. */
export function sentimentData(json: string): SentimentDataset {
  return makeSentimentSplit(parseSentences(json), SENTIMENT_OPTIONS);
}

export interface Encoded {
  tokens: string[];
  /** Tokens replaced by <unk> (id 1) because the vocabulary cut them. */
  unknown: string[];
  /** Padded ids, length maxLen: zeros first, the last maxLen ids kept when too long. */
  ids: number[];
  /** Tokens dropped from the front because the sentence is longer than maxLen. */
  truncated: number;
}

/** Tokenizes, encodes with the vocabulary and pads like Keras' pad_sequences (pre). */
export function encodeSentence(text: string, vocab: Vocabulary, maxLen: number): Encoded {
  const tokens = tokenize(text);
  const ids = encodeTokens(tokens, vocab);
  const unknown = tokens.filter((w) => vocab.index[w] === undefined);
  return {
    tokens,
    unknown,
    ids: Array.from(padSequences([ids], maxLen)),
    truncated: Math.max(0, tokens.length - maxLen),
  };
}

/** One row of the comparison table: a finished run and its accuracy on the held-out sentences. */
export interface RunResult {
  model: SentimentModel;
  epochs: number;
  seed: number;
  accuracy: number;
}

/** Adds a result, replacing an earlier one with the same model, epochs and seed. */
export function addResult(list: readonly RunResult[], r: RunResult): RunResult[] {
  const rest = list.filter(
    (x) => !(x.model === r.model && x.epochs === r.epochs && x.seed === r.seed),
  );
  return [...rest, r];
}
