/**
 * What the lab's views draw, read from a worker trace and the page's own copy of the data: the
 * forecast of one validation window, one sentence and its predicted label, the gradient profile.
 * Pure, tested in Node.
 */
import type { DataSplit, Trace } from '../engine/types';
import type { ForecastData } from '../viz/ForecastView';

/** History, truth and prediction of the traced window, when the model reads one series. */
export function forecastOf(trace: Trace | null): ForecastData | null {
  if (!trace?.target || trace.layers.length === 0) return null;
  const inputs = trace.layers[0].inputs;
  if (inputs.length === 0 || inputs[0].length !== 1) return null;
  const shape = trace.predictionShape;
  // An every-step head forecasts after each step: the last step's forecast is the one drawn.
  const horizon = shape.length >= 2 ? shape[shape.length - 1] : trace.target.length;
  if (horizon < 1 || trace.prediction.length < horizon || trace.target.length < horizon)
    return null;
  return {
    history: inputs.map((row) => row[0]),
    truth: trace.target.slice(-horizon),
    prediction: trace.prediction.slice(-horizon),
  };
}

/** One validation sentence: its words (padding left out), its label and the model's P(positive). */
export function sentenceOf(
  trace: Trace | null,
  split: DataSplit,
  sample: number,
  words: readonly string[],
): { text: string; label: number; p: number } | null {
  const { valid } = split;
  const [n, T] = valid.xShape;
  if (!trace || sample < 0 || sample >= n || trace.prediction.length !== 1) return null;
  const ids = Array.from(valid.x.subarray(sample * T, (sample + 1) * T));
  const text = ids
    .filter((id) => id !== 0)
    .map((id) => words[id] ?? '?')
    .join(' ');
  return { text, label: valid.y[sample], p: trace.prediction[0] };
}
