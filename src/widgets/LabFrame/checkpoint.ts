/**
 * Pretrained checkpoints as the page sees them: which experiments ship one under public/models/,
 * the figures and history read from its model.json (the weights stay for the worker), whether a
 * lab's current model is the one the checkpoint was saved from, and the history of a run that
 * continues from it. Pure: tested in Node against the shipped files.
 */
import type { CheckpointJson } from '../../engine/trainer/checkpoint';
import type { HistoryPoint, ModelConfig, TrainConfig } from '../../engine/types';

/**
 * Experiments whose full run takes well over half a minute on a laptop, each saved with
 * `npm run lab -- <id> --backend wasm --save` (seconds measured in Node are in the report).
 */
export const PRETRAINED = [
  'ts-deep-rnn',
  'ts-ahead-iterative',
  'ts-seq2vec',
  'ts-seq2seq',
  'ts-ln-rnn',
  'sentiment-rnn',
  'sentiment-lstm',
  'sentiment-bilstm',
  'moby-dick-char',
] as const;

export function hasCheckpoint(experiment: string): boolean {
  return (PRETRAINED as readonly string[]).includes(experiment);
}

/** The folder under public/ the worker loads the weights from. */
export function checkpointFolder(experiment: string): string {
  return `models/${experiment}/`;
}

/** What the page shows of a checkpoint: its configuration, figures and training history. */
export interface CheckpointInfo {
  id: string;
  model: ModelConfig;
  train: TrainConfig;
  epochs: number;
  valLoss: number;
  valMetric: number;
  history: HistoryPoint[];
}

/** Reads model.json; throws on anything that is not a checkpoint of the expected experiment. */
export function parseCheckpoint(text: string, experiment: string): CheckpointInfo {
  const json = JSON.parse(text) as Partial<CheckpointJson>;
  if (json.format !== 'unrolled-checkpoint-1' || json.id !== experiment || !json.result) {
    throw new Error(`models/${experiment}/model.json is not a checkpoint of ${experiment}`);
  }
  const { model, train, result, history } = json;
  if (!model || !train || !Array.isArray(history)) {
    throw new Error(`models/${experiment}/model.json lacks its configuration or history`);
  }
  return {
    id: experiment,
    model,
    train,
    epochs: result.epochs,
    valLoss: result.valLoss,
    valMetric: result.valMetric,
    history,
  };
}

/** JSON with object keys sorted, so two configurations compare by content, not key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * True when a lab would build exactly the checkpoint's network: the experiment's model with the
 * lab's changes applied the way the worker applies them (a shallow merge). Only then do the
 * saved weights fit; training settings may differ (they only affect the steps that follow).
 */
export function fitsCheckpoint(
  experimentModel: ModelConfig,
  change: Partial<ModelConfig> | undefined,
  checkpoint: ModelConfig,
): boolean {
  return canonical({ ...experimentModel, ...change }) === canonical(checkpoint);
}

/**
 * The checkpoint's history followed by the continued run's, with the continued run's steps and
 * epochs counted on from where the checkpoint stopped.
 */
export function continuedHistory(
  saved: CheckpointInfo,
  live: readonly HistoryPoint[],
): HistoryPoint[] {
  const last = saved.history.at(-1);
  const stepOffset = last?.step ?? 0;
  const epochOffset = saved.epochs;
  return [
    ...saved.history,
    ...live.map((p) => ({ ...p, step: p.step + stepOffset, epoch: p.epoch + epochOffset })),
  ];
}

/** A metric as the labs print it: accuracy to three decimals, errors to three significant digits. */
export function formatMetric(metric: string, value: number): string {
  return metric === 'accuracy' ? value.toFixed(3) : value.toPrecision(3);
}

/** The checkpoint's end-of-epoch points (those with a validation figure), for its history table. */
export function epochRows(info: CheckpointInfo): HistoryPoint[] {
  return info.history.filter((p) => p.valLoss !== undefined || p.valMetric !== undefined);
}
