/**
 * "Compare cells": SimpleRNN, LSTM and GRU trained one after another on the same data, seed,
 * settings and backend, each timed over its training epochs and then evaluated on validation.
 * Pure orchestration over the worker API, so a test drives it with a fake worker and clock.
 */
import type {
  BackendChoice,
  BackendName,
  CellKind,
  DataSplit,
  EngineMessage,
  ModelConfig,
  TrainConfig,
} from '../engine/types';
import type { CreateResult, CreateSpec } from '../worker/protocol';

export const COMPARED_CELLS: readonly CellKind[] = ['simpleRnn', 'lstm', 'gru'];

/** The worker calls a comparison needs (a subset of TrainerWorkerApi, awaited). */
export interface CompareApi {
  create(spec: CreateSpec): Promise<CreateResult>;
  stepEpoch(): Promise<unknown>;
  evaluate(part: 'valid'): Promise<{ loss: number; metric: number }>;
}

export interface CompareRow {
  cell: CellKind;
  params: number;
  backend: BackendName;
  epochs: number;
  seconds: number;
  validLoss: number;
  validMetric: number;
}

export type CompareProgress =
  | { kind: 'start'; cell: CellKind }
  | { kind: 'epoch'; cell: CellKind; epoch: number }
  | { kind: 'row'; row: CompareRow }
  | { kind: 'refused'; cell: CellKind; messages: EngineMessage[] };

export interface CompareSetup {
  model: ModelConfig;
  train: TrainConfig;
  data: DataSplit;
  backend: BackendChoice;
}

/** The run of one cell: the same model with every layer's cell replaced. */
export function cellSpec(setup: CompareSetup, cell: CellKind, backend: BackendChoice): CreateSpec {
  return {
    model: { ...setup.model, layers: setup.model.layers.map((l) => ({ ...l, cell })) },
    train: setup.train,
    data: setup.data,
    backend,
  };
}

/**
 * Trains each cell in turn for the setup's epochs. The first run picks the backend (`auto` times
 * them); the others are pinned to it, so the times compare. Stops between epochs when told to.
 */
export async function compareCells(
  api: CompareApi,
  setup: CompareSetup,
  onProgress: (p: CompareProgress) => void,
  stopped: () => boolean,
  now: () => number,
): Promise<CompareRow[]> {
  const rows: CompareRow[] = [];
  let backend = setup.backend;
  for (const cell of COMPARED_CELLS) {
    if (stopped()) break;
    onProgress({ kind: 'start', cell });
    const created = await api.create(cellSpec(setup, cell, backend));
    if (!created.ok) {
      onProgress({ kind: 'refused', cell, messages: created.messages });
      break;
    }
    backend = created.backend;
    const t0 = now();
    let done = 0;
    for (let e = 1; e <= setup.train.epochs && !stopped(); e++) {
      await api.stepEpoch();
      done = e;
      onProgress({ kind: 'epoch', cell, epoch: e });
    }
    if (done === 0) break;
    const seconds = (now() - t0) / 1000;
    const valid = await api.evaluate('valid');
    const row: CompareRow = {
      cell,
      params: created.paramCount,
      backend: created.backend,
      epochs: done,
      seconds,
      validLoss: valid.loss,
      validMetric: valid.metric,
    };
    rows.push(row);
    onProgress({ kind: 'row', row });
  }
  return rows;
}
