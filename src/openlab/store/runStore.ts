/**
 * Saved experiments in IndexedDB (through idb-keyval): each run is two records in one object
 * store, `meta:<id>` (what the list shows: name, date, cell, metric) and `run:<id>` (settings,
 * weights, history). Both are written in one transaction (`setMany`), so a save that fails (quota
 * exceeded, private mode, no IndexedDB) writes nothing and touches nothing already saved. Every
 * call answers with a result instead of throwing, so the panel can say what happened.
 */
import { createStore, delMany, get, getMany, keys, set, setMany, type UseStore } from 'idb-keyval';
import type {
  CellKind,
  HistoryPoint,
  MetricKind,
  ModelConfig,
  TrainConfig,
} from '../../engine/types';
import type { RunWeights } from '../../worker/protocol';
import type { DataDescription, LabSettings } from '../types';

/** What the list of saved runs shows, kept apart from the weights so listing stays cheap. */
export interface SavedRunMeta {
  id: string;
  name: string;
  /** When it was saved, ms since 1970. */
  savedAt: number;
  cell: CellKind;
  layers: number;
  units: number;
  /** The data set's name (a CSV's file name). */
  dataName: string;
  epoch: number;
  /** The last validation figure (else the last training one), with what it measures. */
  metric: { kind: MetricKind | 'loss'; value: number; validation: boolean } | null;
}

/** Everything a saved run holds. */
export interface SavedRun {
  meta: SavedRunMeta;
  settings: LabSettings;
  model: ModelConfig;
  train: TrainConfig;
  data: DataDescription;
  weights: RunWeights;
  history: HistoryPoint[];
  epoch: number;
  step: number;
}

/** What a save needs: the page's settings and data, and the run as the worker exported it. */
export type RunToSave = Omit<SavedRun, 'meta'> & { name: string };

/** Why a call failed: storage full, storage missing or forbidden, the run gone, anything else. */
export type StoreFailure = 'quota' | 'unavailable' | 'notFound' | 'failed';

export type StoreResult<T> = { ok: true; value: T } | { ok: false; reason: StoreFailure };

export interface RunStore {
  list(): Promise<StoreResult<SavedRunMeta[]>>;
  save(run: RunToSave): Promise<StoreResult<SavedRunMeta>>;
  load(id: string): Promise<StoreResult<SavedRun>>;
  rename(id: string, name: string): Promise<StoreResult<SavedRunMeta>>;
  remove(id: string): Promise<StoreResult<null>>;
}

export interface RunStoreOptions {
  /** The idb-keyval store to use; by default the database 'unrolled-runs'. */
  store?: UseStore;
  now?: () => number;
  newId?: () => string;
}

/** Longest name kept; longer ones are cut (a name is shown in a list, never run as HTML). */
export const MAX_NAME_LENGTH = 80;

const META = 'meta:';
const RUN = 'run:';

/** Maps what IndexedDB threw to a reason the user can act on. */
export function failureOf(error: unknown): StoreFailure {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') return 'quota';
  // Firefox's private mode and blocked storage throw these when the database is opened.
  if (
    name === 'InvalidStateError' ||
    name === 'SecurityError' ||
    name === 'UnknownError' ||
    name === 'NotAllowedError' ||
    (error instanceof ReferenceError && /indexedDB/.test(error.message))
  )
    return 'unavailable';
  return 'failed';
}

/** A name as it is stored: trimmed, control characters removed, at most MAX_NAME_LENGTH. */
export function cleanName(name: string): string {
  const visible = Array.from(String(name ?? ''), (c) => {
    const code = c.codePointAt(0) as number;
    return code < 0x20 || code === 0x7f ? ' ' : c;
  });
  return visible.join('').trim().slice(0, MAX_NAME_LENGTH);
}

/** The figure shown next to a run: its newest validation metric, else its newest training one. */
export function headlineMetric(
  history: HistoryPoint[],
  metric: MetricKind,
): SavedRunMeta['metric'] {
  for (let i = history.length - 1; i >= 0; i--) {
    const p = history[i];
    if (p.valMetric !== undefined && Number.isFinite(p.valMetric))
      return { kind: metric, value: p.valMetric, validation: true };
    if (p.valLoss !== undefined && Number.isFinite(p.valLoss))
      return { kind: 'loss', value: p.valLoss, validation: true };
  }
  const last = history[history.length - 1];
  if (!last) return null;
  if (last.metric !== undefined && Number.isFinite(last.metric))
    return { kind: metric, value: last.metric, validation: false };
  return Number.isFinite(last.loss) ? { kind: 'loss', value: last.loss, validation: false } : null;
}

function randomId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

async function attempt<T>(work: () => Promise<StoreResult<T>>): Promise<StoreResult<T>> {
  try {
    return await work();
  } catch (e) {
    return { ok: false, reason: failureOf(e) };
  }
}

/** A store of saved runs. Opening the database waits for the first call. */
export function createRunStore(options: RunStoreOptions = {}): RunStore {
  let store = options.store;
  const now = options.now ?? (() => Date.now());
  const newId = options.newId ?? randomId;
  const db = (): UseStore => {
    if (!store) {
      if (typeof indexedDB === 'undefined') throw new ReferenceError('indexedDB is not defined');
      store = createStore('unrolled-runs', 'runs');
    }
    return store;
  };

  return {
    list: () =>
      attempt(async () => {
        const ids = (await keys<string>(db())).filter((k) => String(k).startsWith(META));
        const metas = (await getMany<SavedRunMeta>(ids, db())).filter((m): m is SavedRunMeta =>
          Boolean(m),
        );
        metas.sort((a, b) => b.savedAt - a.savedAt);
        return { ok: true, value: metas };
      }),

    save: (run) =>
      attempt(async () => {
        const id = newId();
        const last = config(run);
        const meta: SavedRunMeta = {
          id,
          name: cleanName(run.name) || id.slice(0, 8),
          savedAt: now(),
          ...last,
          dataName: run.data.name,
          epoch: run.epoch,
          metric: headlineMetric(run.history, run.train.metric),
        };
        const record: SavedRun = {
          meta,
          settings: run.settings,
          model: run.model,
          train: run.train,
          data: run.data,
          weights: run.weights,
          history: run.history,
          epoch: run.epoch,
          step: run.step,
        };
        await setMany(
          [
            [RUN + id, record],
            [META + id, meta],
          ],
          db(),
        );
        return { ok: true, value: meta };
      }),

    load: (id) =>
      attempt(async () => {
        const record = await get<SavedRun>(RUN + id, db());
        if (!record) return { ok: false, reason: 'notFound' };
        const meta = await get<SavedRunMeta>(META + id, db());
        return { ok: true, value: { ...record, meta: meta ?? record.meta } };
      }),

    rename: (id, name) =>
      attempt(async () => {
        const old = await get<SavedRunMeta>(META + id, db());
        if (!old) return { ok: false, reason: 'notFound' };
        // Only the small record changes; the weights stay where they are.
        const renamed: SavedRunMeta = { ...old, name: cleanName(name) || old.name };
        await set(META + id, renamed, db());
        return { ok: true, value: renamed };
      }),

    remove: (id) =>
      attempt(async () => {
        await delMany([META + id, RUN + id], db());
        return { ok: true, value: null };
      }),
  };
}

/** The list's summary of a model: the first layer's cell and size, and the depth. */
function config(run: RunToSave): Pick<SavedRunMeta, 'cell' | 'layers' | 'units'> {
  const first = run.model.layers[0];
  return {
    cell: first?.cell ?? 'simpleRnn',
    layers: run.model.layers.length,
    units: first?.units ?? 0,
  };
}
