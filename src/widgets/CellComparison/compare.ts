/**
 * S10.1: SimpleRNN, LSTM and GRU trained one after another in one worker on the same task, seed
 * and backend, each measured for training time and then evaluated on the training and validation
 * data, as the notes' table 7-1 (notes B) does for its six models. Pure orchestration over the
 * worker API, so it runs in a test with a fake worker and a fake clock.
 */
import type { CellKind, BackendChoice, BackendName } from '../../engine/types';
import type { CreateResult, CreateSpec } from '../../worker/protocol';

export const COMPARED: readonly CellKind[] = ['simpleRnn', 'lstm', 'gru'];
export type Task = 'recall' | 'sentiment';

/** The worker calls the comparison needs (a subset of TrainerWorkerApi, awaited). */
export interface ComparisonApi {
  create(spec: CreateSpec): Promise<CreateResult>;
  stepEpoch(): Promise<unknown>;
  evaluate(part: 'train' | 'valid'): Promise<{ loss: number; metric: number }>;
}

export interface ComparisonRow {
  cell: CellKind;
  params: number;
  backend: BackendName;
  epochs: number;
  seconds: number;
  trainLoss: number;
  trainAccuracy: number;
  validLoss: number;
  validAccuracy: number;
}

export interface ComparisonSettings {
  task: Task;
  epochs: number;
  seed: number;
  backend: BackendChoice;
}

/** The run of one cell: the registry's task with that cell, the chosen epochs and seed. */
export function comparisonSpec(cell: CellKind, s: ComparisonSettings, backend: BackendChoice) {
  if (s.task === 'sentiment') {
    const id = cell === 'simpleRnn' ? 'sentiment-rnn' : `sentiment-${cell}`;
    return {
      experiment: id,
      model: { seed: s.seed },
      train: { epochs: s.epochs, seed: s.seed },
      backend,
    };
  }
  return {
    experiment: 'recall-lstm',
    model: { layers: [{ cell, units: 16, returnSequences: false }], seed: s.seed },
    train: { epochs: s.epochs, seed: s.seed },
    backend,
  } satisfies CreateSpec;
}

export type Progress =
  | { kind: 'start'; cell: CellKind }
  | { kind: 'epoch'; cell: CellKind; epoch: number }
  | { kind: 'row'; row: ComparisonRow }
  | { kind: 'refused'; cell: CellKind; result: CreateResult };

/**
 * Trains every cell in turn. The first run picks the backend (`auto` times them); the others are
 * pinned to the same one so the times compare. Time counts the training epochs only (the notes'
 * figure also includes building and evaluating). Stops between epochs when `stopped()` says so.
 */
export async function runComparison(
  api: ComparisonApi,
  s: ComparisonSettings,
  onProgress: (p: Progress) => void,
  stopped: () => boolean,
  now: () => number,
): Promise<ComparisonRow[]> {
  const rows: ComparisonRow[] = [];
  let backend: BackendChoice = s.backend;
  for (const cell of COMPARED) {
    if (stopped()) break;
    onProgress({ kind: 'start', cell });
    const created = await api.create(comparisonSpec(cell, s, backend));
    if (!created.ok) {
      onProgress({ kind: 'refused', cell, result: created });
      break;
    }
    backend = created.backend;
    const t0 = now();
    let done = 0;
    for (let e = 1; e <= s.epochs; e++) {
      if (stopped()) break;
      await api.stepEpoch();
      done = e;
      onProgress({ kind: 'epoch', cell, epoch: e });
    }
    const seconds = (now() - t0) / 1000;
    if (done === 0) break;
    const train = await api.evaluate('train');
    const valid = await api.evaluate('valid');
    const row: ComparisonRow = {
      cell,
      params: created.paramCount,
      backend: created.backend,
      epochs: done,
      seconds,
      trainLoss: train.loss,
      trainAccuracy: train.metric,
      validLoss: valid.loss,
      validAccuracy: valid.metric,
    };
    rows.push(row);
    onProgress({ kind: 'row', row });
  }
  return rows;
}

/**
 * The six runs of notes B (IMDB, embedding → two recurrent layers of 64, 4 epochs, batch 128):
 * "cell" loops a Keras *Cell over the words, "layer" uses the Keras layer. Figures as the runs
 * printed them (evaluation after training; seconds from building to evaluation). The summary
 * table 7-1 rounds these, and its time row (40, 69, 235, 662, 158, 162) disagrees with the printed
 * runs from the LSTM layer on.
 */
export const NOTES_RUNS: readonly {
  cell: CellKind;
  variant: 'cell' | 'layer';
  trainAccuracy: number;
  trainLoss: number;
  testAccuracy: number;
  testLoss: number;
  seconds: number;
}[] = [
  {
    cell: 'simpleRnn',
    variant: 'cell',
    trainAccuracy: 0.99355,
    trainLoss: 0.026,
    testAccuracy: 0.797035,
    testLoss: 0.6795,
    seconds: 40.0,
  },
  {
    cell: 'simpleRnn',
    variant: 'layer',
    trainAccuracy: 0.963542,
    trainLoss: 0.1137,
    testAccuracy: 0.822636,
    testLoss: 0.4664,
    seconds: 69.2,
  },
  {
    cell: 'lstm',
    variant: 'cell',
    trainAccuracy: 0.938301,
    trainLoss: 0.1755,
    testAccuracy: 0.824319,
    testLoss: 0.4071,
    seconds: 235.9,
  },
  {
    cell: 'lstm',
    variant: 'layer',
    trainAccuracy: 0.95609,
    trainLoss: 0.1413,
    testAccuracy: 0.834014,
    testLoss: 0.3987,
    seconds: 158.4,
  },
  {
    cell: 'gru',
    variant: 'cell',
    trainAccuracy: 0.941747,
    trainLoss: 0.1771,
    testAccuracy: 0.828245,
    testLoss: 0.3955,
    seconds: 162.6,
  },
  {
    cell: 'gru',
    variant: 'layer',
    trainAccuracy: 0.955889,
    trainLoss: 0.1378,
    testAccuracy: 0.833814,
    testLoss: 0.4122,
    seconds: 190.4,
  },
];

/** Each row's time relative to the fastest, for "×" columns. */
export function relativeTimes(rows: readonly { seconds: number }[]): number[] {
  const fastest = Math.min(...rows.map((r) => r.seconds).filter((s) => s > 0));
  return rows.map((r) => (Number.isFinite(fastest) && fastest > 0 ? r.seconds / fastest : NaN));
}
