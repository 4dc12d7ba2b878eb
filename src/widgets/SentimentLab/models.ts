/** The sentiment experiments the lab compares (plain data: the widget's spec reads it). */
export const SENTIMENT_MODELS = ['sentiment-rnn', 'sentiment-lstm', 'sentiment-bilstm'] as const;
