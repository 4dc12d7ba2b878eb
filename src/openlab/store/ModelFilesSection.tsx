/**
 * Export the current run's model as files (two download links) and read such files back into it
 * (a file input taking model.json and weights.bin together). The worker writes and checks the
 * files; refused files leave the model as it was, and the panel says why in the page's language.
 */
import { useEffect, useState } from 'react';
import type { Lang } from '../../lesson/lang';
import type { TrainerRun } from '../../widgets/TrainingLab/useTrainer';
import type { ModelFiles } from '../../worker/protocol';
import { MAX_FILE_MB, pickModelFiles } from './modelFileParts';
import { describeProblem, fill, STORE_STRINGS, type StoreStringKey } from './strings';

interface Note {
  text: string;
  tone: 'info' | 'error';
}

interface Links {
  json: string;
  bin: string;
  files: ModelFiles;
}

export function ModelFilesSection({ lang, run }: { lang: Lang; run: TrainerRun | null }) {
  const t = STORE_STRINGS[lang];
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const [note, setNote] = useState<Note | null>(null);
  const [links, setLinks] = useState<Links | null>(null);
  const api = run?.status === 'ready' ? run.client?.api : undefined;

  // Object URLs hold the files in memory until revoked.
  useEffect(
    () => () => {
      if (links) {
        URL.revokeObjectURL(links.json);
        URL.revokeObjectURL(links.bin);
      }
    },
    [links],
  );

  const exportFiles = async () => {
    if (!api) return;
    setBusy('export');
    setNote(null);
    try {
      const files = await api.exportModelFiles();
      setLinks({
        json: URL.createObjectURL(new Blob([files.modelJson], { type: 'application/json' })),
        bin: URL.createObjectURL(new Blob([files.weights], { type: 'application/octet-stream' })),
        files,
      });
    } catch (e) {
      setNote({
        text: fill(lang, 'unknownProblem', { code: String(e).slice(0, 120) }),
        tone: 'error',
      });
    } finally {
      setBusy(null);
    }
  };

  const importFiles = async (list: File[]) => {
    if (!api) return;
    const picked = pickModelFiles(list);
    if (!picked.ok) {
      setNote({ text: fill(lang, picked.problem, { max: MAX_FILE_MB }), tone: 'error' });
      return;
    }
    setBusy('import');
    setNote({ text: t.importing, tone: 'info' });
    try {
      const [modelJson, weights] = await Promise.all([
        picked.json.text(),
        picked.bin.arrayBuffer(),
      ]);
      const r = await api.importModelFiles({ modelJson, weights });
      setNote(
        r.ok
          ? {
              text: fill(lang, 'imported', {
                files: `${picked.json.name}, ${picked.bin.name}`,
                format: r.format === 'tfjs-layers' ? 'TensorFlow.js' : 'checkpoint',
              }),
              tone: 'info',
            }
          : {
              text: fill(lang, 'importRefused', { reason: describeProblem(lang, r.messages[0]) }),
              tone: 'error',
            },
      );
    } catch {
      setNote({
        text: fill(lang, 'importRefused', { reason: t['modelFile.noWeights'] }),
        tone: 'error',
      });
    } finally {
      setBusy(null);
    }
  };

  const reason = links?.files.messages[0]?.code;
  return (
    <div className="saved-runs__files">
      <h4>{t.filesTitle}</h4>
      <p>{t.filesIntro}</p>
      {!api && <p className="saved-runs__hint">{t.notReady}</p>}
      <div className="saved-runs__row">
        <button type="button" disabled={!api || busy !== null} onClick={() => void exportFiles()}>
          {busy === 'export' ? t.exporting : t.export}
        </button>
        {links && (
          <>
            <a href={links.json} download="model.json">
              {fill(lang, 'download', { file: 'model.json' })}
            </a>
            <a href={links.bin} download="weights.bin">
              {fill(lang, 'download', { file: 'weights.bin' })}
            </a>
          </>
        )}
      </div>
      {links && (
        <p>
          {links.files.format === 'tfjs-layers'
            ? t.formatLayers
            : fill(lang, 'formatCheckpoint', {
                reason: reason && reason in t ? t[reason as StoreStringKey] : String(reason),
              })}
        </p>
      )}
      <label className="saved-runs__import">
        {t.importLabel}
        <input
          type="file"
          data-testid="model-files-input"
          multiple
          accept=".json,.bin,application/json,application/octet-stream"
          disabled={!api || busy !== null}
          onChange={(e) => {
            // Copied before the input is cleared (clearing empties its FileList), so that
            // choosing the same files again fires a change.
            const files = Array.from(e.currentTarget.files ?? []);
            e.currentTarget.value = '';
            void importFiles(files);
          }}
        />
      </label>
      <p
        role="status"
        data-testid="model-files-status"
        className={note?.tone === 'error' ? 'saved-runs__error' : undefined}
      >
        {note?.text}
      </p>
    </div>
  );
}
