/**
 * The open lab (`#/<lang>/lab`): a free-form experiment page, like tensorflow/playground for
 * recurrent networks. Every setting lives in the link through the typed codec (`?lab.cell=gru`);
 * `_hide` flags strip panels for a class. The student's CSV stays in the page.
 */
import { useCallback, useMemo, useState } from 'react';
import type { Lang } from '../lesson/lang';
import type { Ignored } from '../lesson/codec';
import { LessonStateContext, type LessonState } from '../lesson/lessonState';
import { STRINGS } from '../lesson/strings';
import { useWidgetState } from '../lesson/urlState';
import { validateConfig } from '../engine/trainer/validate';
import { CodePanel } from './code';
import { ComparePanel } from './ComparePanel';
import { CopyLink } from './CopyLink';
import type { LoadedCsv } from './CsvInput';
import { DataPanel } from './DataPanel';
import { LabRun } from './LabRun';
import { ViewToggles } from './LabViews';
import { labMessageText } from './messages';
import { ModelPanel } from './ModelPanel';
import {
  LAB_ID,
  LAB_SCHEMA,
  effectiveSettings,
  hiddenPanels,
  modelConfigFor,
  trainConfigFor,
} from './settings';
import { OPEN_LAB_STRINGS } from './strings';
import { TrainingPanel } from './TrainingPanel';
import { useLabData } from './useLabData';
import './OpenLab.css';

export default function LabPage({ lang }: { lang: Lang }) {
  const [ignored, setIgnored] = useState<Ignored[]>([]);
  const state = useMemo<LessonState>(
    () => ({
      registerWidget: () => undefined,
      unregisterWidget: () => undefined,
      reportIgnored: (items) =>
        setIgnored((prev) => {
          const known = new Set(prev.map((i) => `${i.key}=${i.value}`));
          const fresh = items.filter((i) => !known.has(`${i.key}=${i.value}`));
          return fresh.length ? [...prev, ...fresh] : prev;
        }),
    }),
    [],
  );
  return (
    <LessonStateContext.Provider value={state}>
      <OpenLab lang={lang} ignored={ignored} onDismiss={() => setIgnored([])} />
    </LessonStateContext.Provider>
  );
}

function OpenLab({
  lang,
  ignored,
  onDismiss,
}: {
  lang: Lang;
  ignored: Ignored[];
  onDismiss: () => void;
}) {
  const t = OPEN_LAB_STRINGS[lang];
  const shell = STRINGS[lang];
  const [raw, set] = useWidgetState(LAB_ID, LAB_SCHEMA);
  const s = useMemo(() => effectiveSettings(raw), [raw]);
  const hidden = useMemo(() => hiddenPanels(raw._hide), [raw._hide]);
  const [csv, setCsv] = useState<LoadedCsv | null>(null);
  const [column, setColumn] = useState('');
  const upload = useMemo(() => {
    const picked = csv?.table.columns.find((c) => c.name === column) ?? csv?.table.columns.at(-1);
    return csv && picked
      ? { fileName: csv.fileName, column: picked.name, values: picked.values }
      : null;
  }, [csv, column]);
  const onCsv = useCallback((loaded: LoadedCsv) => {
    setCsv(loaded);
    // The last numeric column is the usual value column (a date or index comes first).
    setColumn(loaded.table.columns.at(-1)?.name ?? '');
  }, []);
  const data = useLabData(s, upload);
  const ready = data.data?.ok ? data.data : null;
  const model = useMemo(() => (ready ? modelConfigFor(s, ready.description) : null), [s, ready]);
  const train = useMemo(() => (ready ? trainConfigFor(s, ready.description) : null), [s, ready]);
  const problems = useMemo(
    () => (ready && model && train ? validateConfig(model, train, ready.split) : []),
    [ready, model, train],
  );
  const setup = useMemo(
    () =>
      ready && model && train && problems.length === 0 && !data.loading
        ? { model, train, data: ready.split, backend: s.backend }
        : null,
    [ready, model, train, problems, data.loading, s.backend],
  );
  const show = (p: Parameters<typeof hidden.has>[0]) => !hidden.has(p);

  return (
    <div className="openlab" data-testid="openlab">
      <h1>{t.title}</h1>
      <p className="muted">{t.intro}</p>
      {ignored.length > 0 && (
        <section className="notice" role="status" data-testid="link-notice">
          <p>{t.linkNotice}</p>
          <ul>
            {ignored.slice(0, 12).map((item, i) => (
              <li key={`${item.key}-${i}`}>
                {item.key && <code>{item.key.slice(0, 60)}</code>}{' '}
                {shell.ignoredReason[item.reason]}
              </li>
            ))}
          </ul>
          <button type="button" onClick={onDismiss}>
            {shell.dismiss}
          </button>
        </section>
      )}
      <div className="openlab__panels">
        {show('data') && (
          <DataPanel
            lang={lang}
            s={raw}
            set={set}
            data={data}
            csv={csv}
            column={upload?.column ?? ''}
            onCsv={onCsv}
            onColumn={setColumn}
          />
        )}
        {show('model') && <ModelPanel lang={lang} s={raw} set={set} />}
        {show('training') && (
          <TrainingPanel
            lang={lang}
            s={raw}
            set={set}
            trainExamples={ready?.description.trainExamples ?? null}
          />
        )}
        {show('views') && ready && (
          <ViewToggles lang={lang} s={raw} set={set} kind={ready.description.kind} />
        )}
      </div>
      {data.data && !data.data.ok && (
        <p
          className="openlab__message openlab__message--error"
          role="alert"
          data-testid="openlab-data-error"
        >
          {labMessageText(data.data.message, lang)}
        </p>
      )}
      {ready && model && train && (
        <LabRun
          lang={lang}
          s={s}
          set={set}
          data={ready}
          model={model}
          train={train}
          problems={problems}
          loading={data.loading}
          showRuns={show('runs')}
        />
      )}
      {show('compare') && ready && (
        <ComparePanel lang={lang} setup={setup} metric={train?.metric ?? 'mse'} />
      )}
      {show('code') && ready && model && train && (
        <section
          className="openlab__code"
          aria-labelledby="openlab-code-title"
          data-testid="openlab-panel-code"
        >
          {/* The panel shows its own (h3) title; this keeps the page's outline of h2 sections. */}
          <h2 id="openlab-code-title" className="visually-hidden">
            {t.code}
          </h2>
          <CodePanel lang={lang} model={model} train={train} data={ready.description} />
        </section>
      )}
      {show('link') && <CopyLink lang={lang} />}
    </div>
  );
}
