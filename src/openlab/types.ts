/**
 * The open lab's plain-data types, shared by the page, its panels and the components mounted on it
 * ("show as code" in `code/`, saved runs in `store/`). Nothing here is a tensor or a DOM node:
 * every value can be put in a URL, in IndexedDB or through a worker.
 */
import type { BackendChoice, CellKind, OptimizerKind } from '../engine/types';

/** What kind of data the lab trains on; it decides the input layer, the head and the loss. */
export type DataKind = 'series' | 'chars' | 'sentences' | 'csv';

/** The data sets the lab offers; `csv` is the student's own file (never in the link). */
export type DataSetId =
  | 'synthetic'
  | 'air-passengers'
  | 'shampoo-sales'
  | 'hello'
  | 'hihello'
  | 'if-you-want-you'
  | 'long-sentence'
  | 'moby-dick'
  | 'sentences'
  | 'csv';

/**
 * The data a run trains on, described well enough to rebuild it in code: which set, how it was
 * cut into (inputs, targets), and the sizes that came out. `CodePanel` and saved runs read this.
 */
export interface DataDescription {
  kind: DataKind;
  /** The data set's id, e.g. 'synthetic' or 'air-passengers'; for a CSV, the file's name. */
  name: DataSetId | string;
  /** Seed of the synthetic series generator (the notes' `generate_time_series`). */
  seed?: number;
  /** T: input steps per example. */
  timesteps: number;
  /** Values read at each step: 1 for a series, the vocabulary size for one-hot characters. */
  features: number;
  /** Values predicted ahead (series and CSV); 1 for characters and sentences. */
  horizon: number;
  /** `last`: targets after the window [n, horizon]; `everyStep`: after every step [n, T, horizon]. */
  target: 'last' | 'everyStep';
  trainExamples: number;
  validExamples: number;
  /** Share of the examples held out for validation (chronologically last for series). */
  validFraction: number;
  /** True for the one-sentence character sets: validation is the training data (memorisation). */
  sameAsTrain?: boolean;
  /** Characters (index → character) or words (index → word) of a token data set. */
  vocabulary?: string[];
  /** Series and CSV: values are standardised with the training part's mean and SD before windowing. */
  normalization?: { mean: number; std: number };
  /** CSV: the column the series was read from. */
  column?: string;
}

/** The page's panels; a link's `_hide` flags name the ones a class should not see. */
export type PanelName =
  'data' | 'model' | 'training' | 'views' | 'compare' | 'code' | 'runs' | 'link';

/**
 * Every setting of the page, as the URL codec holds it (`#/<lang>/lab?lab.cell=gru…`). Numbers are
 * already clamped into range; `_hide` is the raw comma-separated list of panels to hide.
 */
export interface LabSettings {
  data: DataSetId;
  /** Seed of the synthetic series. */
  dataSeed: number;
  /** Number of synthetic series generated. */
  series: number;
  /** Share of the examples used for validation. */
  valid: number;
  cell: CellKind;
  layers: number;
  units: number;
  bidirectional: boolean;
  head: 'last' | 'everyStep';
  /** T: sequence length (ignored by data sets with a fixed length). */
  steps: number;
  /** Values predicted ahead (series and CSV only). */
  horizon: number;
  optimizer: OptimizerKind;
  lr: number;
  batch: number;
  epochs: number;
  /** Clip the global gradient norm at this value; 0 turns clipping off. */
  clip: number;
  /** Truncated-BPTT window k; 0 back-propagates through the whole sequence. */
  tbptt: number;
  /** Seed of the weights, shuffling and dropout. */
  seed: number;
  backend: BackendChoice;
  showDashboard: boolean;
  showPrediction: boolean;
  showGates: boolean;
  showGradients: boolean;
  showSummary: boolean;
  /** Validation example traced for the prediction, gate and gradient views. */
  sample: number;
  _hide: string;
}
