/** The experiments a forecast race may run (plain data: the widget's spec reads it). */
export const RACE_MODELS = [
  'ts-simple-rnn-1',
  'ts-deep-rnn',
  'ts-seq2vec',
  'ts-seq2seq',
  'ts-ln-rnn',
  'ts-lstm',
  'ts-gru',
] as const;
