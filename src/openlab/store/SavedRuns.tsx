/**
 * The open lab's saved-runs panel: save the current run (settings, trained weights, history) in
 * this browser, list the saved ones (name, date, model, data, last figure) and open, rename or
 * delete them; below, the model-files section. Mounted by the lab page (SavedRunsMount.tsx).
 *
 * Opening applies the run's settings through `onOpen`; the page then rebuilds its run, and once a
 * fresh run of the same model exists in the worker its saved weights are put in (`restore` below).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ModelConfig } from '../../engine/types';
import type { SavedRunsProps } from '../SavedRunsMount';
import { ModelFilesSection } from './ModelFilesSection';
import { SavedHistory } from './SavedHistory';
import { RunTable } from './RunTable';
import {
  createRunStore,
  type RunStore,
  type SavedRun,
  type SavedRunMeta,
  type StoreFailure,
} from './runStore';
import { cellName, describeFailure, describeProblem, fill, STORE_STRINGS } from './strings';
import './SavedRuns.css';

export type SavedRunsPanelProps = SavedRunsProps & {
  /** The store to use (tests pass their own); by default the browser's IndexedDB. */
  store?: RunStore;
};

interface Note {
  text: string;
  tone: 'info' | 'error';
}

const sameModel = (a: ModelConfig | null, b: ModelConfig) =>
  a !== null && JSON.stringify(a) === JSON.stringify(b);

export function SavedRuns({
  lang,
  settings,
  model,
  train,
  data,
  run,
  onOpen,
  store: given,
}: SavedRunsPanelProps) {
  const t = STORE_STRINGS[lang];
  const store = useMemo(() => given ?? createRunStore(), [given]);
  const [metas, setMetas] = useState<SavedRunMeta[] | null>(null);
  const [listFailure, setListFailure] = useState<StoreFailure | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<Note | null>(null);
  const [pending, setPending] = useState<SavedRun | null>(null);
  /** The run last opened, whose saved history is shown as a table. */
  const [opened, setOpened] = useState<SavedRun | null>(null);
  /** The snapshot shown when the open was asked for: weights never go into that (older) run. */
  const openedFrom = useRef<object | null>(null);
  /** The last snapshot the weights went in after, and whether the rebuild was asked for. */
  const appliedAt = useRef<object | null>(null);
  const requested = useRef(false);

  const refresh = useCallback(async () => {
    const r = await store.list();
    if (r.ok) {
      setMetas(r.value);
      setListFailure(null);
    } else setListFailure(r.reason);
  }, [store]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const api = run?.status === 'ready' ? run.client?.api : undefined;
  const canSave = Boolean(api && model && train && data);
  const fallbackName =
    model?.layers[0] && data
      ? `${cellName(lang, model.layers[0].cell)} ${model.layers.length}×${model.layers[0].units} · ${data.name}`
      : '';

  const save = async () => {
    if (!api || !data) return;
    setBusy(true);
    setNote({ text: t.saving, tone: 'info' });
    try {
      const checkpoint = await api.exportCheckpoint();
      if (!checkpoint) {
        setNote({ text: t.nothingToSave, tone: 'error' });
        return;
      }
      const r = await store.save({ name: name || fallbackName, settings, data, ...checkpoint });
      setNote(
        r.ok
          ? { text: fill(lang, 'saved', { name: r.value.name }), tone: 'info' }
          : { text: describeFailure(lang, r.reason), tone: 'error' },
      );
      if (r.ok) setName('');
      await refresh();
    } finally {
      setBusy(false);
    }
  };

  const open = async (meta: SavedRunMeta) => {
    const r = await store.load(meta.id);
    if (!r.ok) {
      setNote({ text: describeFailure(lang, r.reason), tone: 'error' });
      return;
    }
    const saved = r.value;
    const csv =
      saved.data.kind === 'csv'
        ? ` ${fill(lang, 'csvNote', { name: saved.meta.name, file: saved.data.name })}`
        : '';
    setNote({ text: fill(lang, 'opening', { name: saved.meta.name }) + csv, tone: 'info' });
    openedFrom.current = run?.snapshot ?? null;
    appliedAt.current = null;
    requested.current = false;
    setPending(saved);
    setOpened(saved);
    onOpen(saved.settings);
  };

  // Once the page shows the saved model, build its run without training: reset() creates the run
  // if the settings changed and starts it from its seed either way.
  const reset = run?.reset;
  const modelMatches = pending !== null && sameModel(model, pending.model);
  useEffect(() => {
    if (pending && modelMatches && !requested.current) {
      requested.current = true;
      reset?.();
    }
  }, [pending, modelMatches, reset]);

  // Every fresh snapshot of a step-0 run of that model gets the weights, so a reset that lands
  // after them cannot undo them; the first trained step ends the restore.
  const snapshot = run?.snapshot ?? null;
  useEffect(() => {
    if (!pending || !api || !modelMatches || !snapshot || snapshot === openedFrom.current) return;
    if (snapshot.step > 0) {
      setPending(null);
      return;
    }
    if (appliedAt.current === snapshot) return;
    appliedAt.current = snapshot;
    void (async () => {
      const problems = await api.setRunWeights(pending.weights);
      setNote(
        problems.length === 0
          ? {
              text: fill(lang, 'opened', {
                name: pending.meta.name,
                epoch: pending.epoch,
                step: pending.step,
              }),
              tone: 'info',
            }
          : {
              text: `${fill(lang, 'openMismatch', { name: pending.meta.name })} ${describeProblem(lang, problems[0])}`,
              tone: 'error',
            },
      );
      if (problems.length > 0) setPending(null);
    })();
  }, [pending, api, modelMatches, snapshot, lang]);

  const rename = async (meta: SavedRunMeta, next: string) => {
    const r = await store.rename(meta.id, next);
    setNote(
      r.ok
        ? { text: fill(lang, 'renamed', { name: r.value.name }), tone: 'info' }
        : { text: describeFailure(lang, r.reason), tone: 'error' },
    );
    await refresh();
  };

  const remove = async (meta: SavedRunMeta) => {
    const r = await store.remove(meta.id);
    setNote(
      r.ok
        ? { text: fill(lang, 'removed', { name: meta.name }), tone: 'info' }
        : { text: describeFailure(lang, r.reason), tone: 'error' },
    );
    await refresh();
  };

  return (
    <section className="saved-runs" aria-labelledby="saved-runs-title">
      <h3 id="saved-runs-title">{t.title}</h3>
      <p>{t.intro}</p>
      <div className="saved-runs__row">
        <label>
          {t.nameLabel}
          <input
            type="text"
            value={name}
            maxLength={80}
            placeholder={fallbackName}
            onChange={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <button type="button" disabled={!canSave || busy} onClick={() => void save()}>
          {busy ? t.saving : t.save}
        </button>
      </div>
      {!canSave && <p className="saved-runs__hint">{t.nothingToSave}</p>}
      <p
        role="status"
        data-testid="saved-runs-status"
        className={note?.tone === 'error' ? 'saved-runs__error' : undefined}
      >
        {note?.text}
      </p>
      {listFailure ? (
        <p className="saved-runs__error">{describeFailure(lang, listFailure)}</p>
      ) : (
        <RunTable
          lang={lang}
          metas={metas ?? []}
          onOpen={(m) => void open(m)}
          onRename={(m, next) => void rename(m, next)}
          onRemove={(m) => void remove(m)}
        />
      )}
      {opened && <SavedHistory lang={lang} name={opened.meta.name} history={opened.history} />}
      <ModelFilesSection lang={lang} run={run} />
    </section>
  );
}
