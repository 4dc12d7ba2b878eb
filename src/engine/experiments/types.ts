/**
 * What an experiment of the registry is: its data factory, model and training configuration and,
 * where a published run exists, the figure it reported and where it comes from.
 */
import type { CharSet, Vocabulary } from '../data';
import type { DataSplit, ModelConfig, SequenceData, TrainConfig } from '../types';

export interface Bilingual {
  ko: string;
  en: string;
}

/** What an experiment's data factory returns. */
export interface PreparedData {
  split: DataSplit;
  /** Character tasks: decodes predicted ids. */
  charSet?: CharSet;
  /** Sentence tasks: the vocabulary kept. */
  vocab?: Vocabulary;
  /** Series tasks evaluated 10 steps ahead: inputs [n, 50, 1] and the next 10 values [n, 10]. */
  ahead?: SequenceData;
  /** Token tasks other than characters (seq2seq): index → symbol, to show predictions. */
  tokens?: string[];
}

/** Where shipped files are: the app's base URL in a browser (ignored in Node). */
export interface DataOptions {
  baseUrl?: string;
}

/** A figure a published run reported, to put next to ours. */
export interface Reported {
  /** valMse: validation MSE; valLastStepMse: MSE of the last step's 10 forecasts; testAccuracy; prediction: decoded text. */
  quantity: 'valMse' | 'valLastStepMse' | 'aheadMse' | 'testAccuracy' | 'prediction';
  value: number | string;
  source: string;
}

export interface Experiment {
  id: string;
  title: Bilingual;
  description: Bilingual;
  /** Syllabus topics the experiment serves. */
  syllabus: string[];
  /** 'baseline': closed-form, no training (naive, least squares). */
  kind: 'recurrent' | 'baseline';
  /** Absent for baselines. */
  model?: ModelConfig;
  train?: TrainConfig;
  data: (options?: DataOptions) => Promise<PreparedData>;
  reported?: Reported[];
  /** How this run differs from the published one, when it does. */
  differs?: Bilingual;
}
