/**
 * The run: the trainer in its worker (started on the first action), Train/Pause/Step/Reset, what
 * the engine says, the progress line and the views. Buttons stay disabled while the data loads or
 * while the engine's validator has objections, which are listed instead of a crash.
 */
import { useMemo } from 'react';
import type { Lang } from '../lesson/lang';
import type { EngineMessage, ModelConfig, TrainConfig } from '../engine/types';
import { countParams } from '../engine/shapes';
import { RunButtons } from '../widgets/TrainingLab/RunButtons';
import { useTrainer } from '../widgets/TrainingLab/useTrainer';
import type { LabData } from './datasets';
import { LabViews } from './LabViews';
import { labMessageText } from './messages';
import { SavedRunsMount } from './SavedRunsMount';
import { OPEN_LAB_STRINGS, fill } from './strings';
import type { LabSettings } from './types';

export interface LabRunProps {
  lang: Lang;
  s: LabSettings;
  set: (patch: Partial<LabSettings>) => void;
  data: Extract<LabData, { ok: true }>;
  model: ModelConfig;
  train: TrainConfig;
  /** The engine validator's objections to this configuration on this data. */
  problems: EngineMessage[];
  loading: boolean;
  /** Show the saved-runs panel (a link's `_hide=runs` hides it). */
  showRuns: boolean;
}

export function LabRun({
  lang,
  s,
  set,
  data,
  model,
  train,
  problems,
  loading,
  showRuns,
}: LabRunProps) {
  const t = OPEN_LAB_STRINGS[lang];
  const spec = useMemo(
    () => ({ model, train, data: data.split, backend: s.backend }),
    [model, train, data.split, s.backend],
  );
  const wantsTrace = s.showPrediction || s.showGates || s.showGradients;
  const sample = Math.min(s.sample, data.description.validExamples - 1);
  const run = useTrainer(spec, { sample: wantsTrace ? sample : null, gradients: s.showGradients });
  const snapshot = run.snapshot;
  const canTrain = !loading && problems.length === 0;
  const history = snapshot?.history ?? [];
  const first = history[0];
  const last = history.at(-1);
  const chars = useMemo(
    () => run.created?.chars ?? data.description.vocabulary ?? [],
    [run.created, data.description.vocabulary],
  );

  return (
    <section className="openlab__run" aria-labelledby="openlab-run-title" ref={run.viewRef}>
      <h2 id="openlab-run-title">{t.run}</h2>
      <fieldset className="openlab__plain" disabled={!canTrain || run.status === 'starting'}>
        <legend className="visually-hidden">{t.run}</legend>
        <RunButtons
          run={run}
          testId="openlab"
          groupLabel={t.run}
          labels={{ train: t.train, pause: t.pause, step: t.step, reset: t.reset }}
        />
      </fieldset>
      <div aria-live="polite" className="openlab__status" data-testid="openlab-status">
        {problems.length > 0 && (
          <div role="alert" data-testid="openlab-problems">
            <p>{t.cannotTrain}</p>
            <ul>
              {problems.map((m, i) => (
                <li key={i} className="openlab__message--error">
                  {labMessageText(m, lang)}
                </li>
              ))}
            </ul>
          </div>
        )}
        {run.status === 'starting' && <p>{t.starting}</p>}
        {run.status === 'idle' && canTrain && <p className="muted">{t.idle}</p>}
        <p>
          {t.params}:{' '}
          <strong data-testid="openlab-params">{countParams(model).toLocaleString(lang)}</strong>
          {run.created?.ok && (
            <>
              {' · '}
              {t.running}:{' '}
              <strong data-testid="openlab-backend">
                {snapshot?.backend ?? run.created.backend}
              </strong>
            </>
          )}
        </p>
        {run.messages.map((m, i) => (
          <p
            key={i}
            className={`openlab__message openlab__message--${m.severity}`}
            role={m.severity === 'error' ? 'alert' : undefined}
          >
            {labMessageText(m, lang)}
          </p>
        ))}
        {snapshot?.message && (
          <p
            className={`openlab__message openlab__message--${snapshot.message.severity}`}
            role="alert"
          >
            {labMessageText(snapshot.message, lang)}
          </p>
        )}
        {last && first && (
          <p
            data-testid="openlab-progress"
            data-step={last.step}
            data-first-loss={first.loss}
            data-loss={last.loss}
          >
            {fill(t.progress, {
              epoch: last.epoch.toFixed(2),
              step: last.step,
              loss: last.loss.toPrecision(3),
            })}
            {last.valLoss !== undefined && ` · ${t.validLoss} ${last.valLoss.toPrecision(3)}`}
          </p>
        )}
      </div>
      <LabViews
        lang={lang}
        s={s}
        set={set}
        data={data}
        model={model}
        snapshot={snapshot}
        trace={run.trace}
        chars={chars}
      />
      {showRuns && (
        <SavedRunsMount
          lang={lang}
          settings={s}
          model={model}
          train={train}
          data={data.description}
          run={run}
          onOpen={set}
        />
      )}
    </section>
  );
}
