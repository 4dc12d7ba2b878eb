/**
 * Sentiment lab: one of three recurrent classifiers trained in the worker on the review sentences
 * (or loaded pretrained), a table of finished runs for comparison, the model's verdict on a chosen
 * test sentence, and a sentence the student types: its encoding (tokens, vocabulary cut, padding)
 * and the model's verdict on exactly those ids.
 */
import { RunButtons } from '../TrainingLab/RunButtons';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLang } from '../../lesson/i18n';
import { useWidgetState, type Schema } from '../../lesson/urlState';
import { loadPublicText, type SentimentDataset } from '../../engine/data';
import { Select, Slider } from '../../controls';
import { fill } from '../TrainingLab/strings';
import { LabFrame } from '../LabFrame/LabFrame';
import { FRAME_STRINGS } from '../LabFrame/strings';
import { usePretrainedRun } from '../LabFrame/usePretrainedRun';
import type { CheckpointInfo } from '../LabFrame/checkpoint';
import { TypedVerdict } from './TypedVerdict';
import {
  SENTIMENT_MODELS,
  SENTIMENT_OPTIONS,
  addResult,
  encodeSentence,
  sentimentData,
  type RunResult,
  type SentimentModel,
} from './encode';
import { SENTIMENT_STRINGS } from './strings';

export interface SentimentLabProps {
  id: string;
  model?: string;
  epochs?: number;
}

const TEST_COUNT = 200;
const NO_TRACE = { sample: null };

export default function SentimentLab({
  id,
  model = 'sentiment-rnn',
  epochs = 3,
}: SentimentLabProps) {
  const lang = useLang();
  const t = SENTIMENT_STRINGS[lang];
  const startModel = (SENTIMENT_MODELS as readonly string[]).includes(model)
    ? (model as SentimentModel)
    : 'sentiment-rnn';
  const startEpochs = Math.min(30, Math.max(1, Math.round(Number.isFinite(epochs) ? epochs : 3)));
  const schema = useMemo(
    () =>
      ({
        model: { type: 'enum', values: SENTIMENT_MODELS, default: startModel },
        epochs: { type: 'int', min: 1, max: 30, default: startEpochs },
        seed: { type: 'int', min: 0, max: 9999, default: 1 },
        sample: { type: 'int', min: 0, max: TEST_COUNT - 1, default: 0 },
      }) as const satisfies Schema,
    [startModel, startEpochs],
  );
  const [s, set] = useWidgetState(id, schema);
  const spec = useMemo(
    () => ({
      experiment: s.model,
      model: { seed: s.seed },
      train: { seed: s.seed, epochs: s.epochs },
    }),
    [s.model, s.seed, s.epochs],
  );
  // A checkpoint was saved with the experiment's own seed: loading one sets it.
  const apply = useCallback((info: CheckpointInfo) => set({ seed: info.model.seed }), [set]);
  const run = usePretrainedRun(spec, NO_TRACE, apply);
  const [data, setData] = useState<SentimentDataset | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [results, setResults] = useState<RunResult[]>([]);
  const [prob, setProb] = useState<number | null>(null);
  const [typed, setTyped] = useState('The acting was great but the plot made no sense.');

  useEffect(() => {
    let live = true;
    loadPublicText('data/imdb-sentences.json')
      .then((json) => live && setData(sentimentData(json)))
      .catch((e: unknown) => live && setLoadError(String(e)));
    return () => {
      live = false;
    };
  }, []);

  const snap = run.snapshot;
  const state = snap?.state;
  const lastVal = snap?.history.filter((h) => h.valMetric !== undefined).at(-1);
  const step = snap?.step ?? 0;

  // Record a finished run once: the accuracy on the held-out sentences after its last epoch
  // (a run continued from the checkpoint counts the checkpoint's epochs too).
  const before = run.pretrained.active ? (run.pretrained.info?.epochs ?? 0) : 0;
  useEffect(() => {
    if (state !== 'done' || lastVal?.valMetric === undefined) return;
    const accuracy = lastVal.valMetric;
    const epochs = s.epochs + before;
    setResults((list) => addResult(list, { model: s.model, epochs, seed: s.seed, accuracy }));
  }, [state, lastVal?.valMetric, s.model, s.epochs, s.seed, before]);

  // The model's verdict on the chosen test sentence, refreshed whenever training has moved on.
  const api = run.client?.api;
  const trained = step > 0 || run.pretrained.active;
  const ready = run.created?.ok === true && trained;
  useEffect(() => {
    if (!api || !ready || state === 'training') return;
    let live = true;
    api
      .predict([s.sample])
      .then((p) => live && setProb(p.values[0] ?? null))
      .catch(() => live && setProb(null));
    return () => {
      live = false;
    };
  }, [api, ready, state, step, s.sample]);

  let status = t.idle;
  if (run.status === 'starting') status = t.starting;
  else if (run.status === 'failed') status = t.failed;
  else if (run.pretrained.active && (snap?.step ?? 0) === 0)
    status = FRAME_STRINGS[lang].loadedStatus;
  else if (snap && snap.history.length > 0) {
    const loss = snap.history.at(-1)!.loss.toFixed(3);
    status =
      lastVal?.valMetric !== undefined
        ? fill(t.progress, {
            epoch: snap.epoch,
            epochs: s.epochs,
            loss,
            acc: lastVal.valMetric.toFixed(3),
          })
        : fill(t.noAcc, { epoch: snap.epoch, epochs: s.epochs, loss });
  }
  const sentence = data?.validText[s.sample];
  const label = data ? data.split.valid.y[s.sample] : undefined;
  const encoded = data ? encodeSentence(typed, data.vocab, SENTIMENT_OPTIONS.maxLen) : null;
  const verdict = (p: number) => (p >= 0.5 ? t.positive : t.negative);

  return (
    <LabFrame
      id={id}
      lang={lang}
      testId={`sentimentlab-${id}`}
      title={t.title}
      legend={t.model}
      settings={
        <>
          <Select
            label={t.model}
            value={s.model}
            options={SENTIMENT_MODELS.map((m) => ({ value: m, label: t[m] }))}
            onChange={(m) => set({ model: m })}
          />
          <Slider
            label={t.epochs}
            min={1}
            max={30}
            step={1}
            value={s.epochs}
            onChange={(e) => set({ epochs: e })}
          />
          <Slider
            label={t.seed}
            min={0}
            max={99}
            step={1}
            value={s.seed}
            onChange={(seed) => set({ seed })}
          />
        </>
      }
      buttons={
        <RunButtons
          run={run}
          testId="sentiment"
          groupLabel={t.model}
          labels={{ train: t.train, pause: t.pause, step: t.step, reset: t.reset }}
        />
      }
      run={run}
      pretrained={run.pretrained}
      statusTestId="sentiment"
      statusText={status}
      result={
        loadError && (
          <p role="alert">
            {t.loadError} {loadError}
          </p>
        )
      }
    >
      <table data-testid="sentiment-results">
        <caption>{t.results}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colModel}</th>
            <th scope="col">{t.colEpochs}</th>
            <th scope="col">{t.colSeed}</th>
            <th scope="col">{t.colAcc}</th>
          </tr>
        </thead>
        <tbody>
          {results.length === 0 ? (
            <tr>
              <td colSpan={4}>{t.noResults}</td>
            </tr>
          ) : (
            results.map((r) => (
              <tr key={`${r.model}-${r.epochs}-${r.seed}`}>
                <td>{t[r.model]}</td>
                <td>{r.epochs}</td>
                <td>{r.seed}</td>
                <td>{r.accuracy.toFixed(3)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <h4>{t.testTitle}</h4>
      <Slider
        label={t.sentence}
        min={0}
        max={TEST_COUNT - 1}
        step={1}
        value={s.sample}
        onChange={(sample) => set({ sample })}
      />
      {sentence !== undefined && label !== undefined && (
        <blockquote>
          <p>“{sentence}”</p>
          <p>
            {t.truth}: {label >= 0.5 ? t.positive : t.negative}
          </p>
          <p aria-live="polite" data-testid="sentiment-prediction">
            {prob === null || !ready
              ? t.trainFirst
              : fill(t.predicted, { p: prob.toFixed(3), label: verdict(prob) })}
          </p>
        </blockquote>
      )}
      <h4>{t.encodeTitle}</h4>
      <label>
        {t.yourSentence}
        <textarea
          data-testid="sentiment-input"
          rows={2}
          maxLength={500}
          value={typed}
          onChange={(e) => {
            setTyped(e.target.value);
            run.prepare();
          }}
          onFocus={run.prepare}
          style={{ display: 'block', width: '100%' }}
        />
      </label>
      {encoded && (
        <TypedVerdict
          lang={lang}
          api={run.created?.ok ? (api ?? null) : null}
          ids={encoded.ids}
          maxLen={SENTIMENT_OPTIONS.maxLen}
          trained={trained}
          pretrained={run.pretrained.active && step === 0}
          version={`${s.model}-${s.seed}-${step}-${state ?? ''}-${run.pretrained.active}`}
          training={state === 'training'}
        />
      )}
      {encoded && (
        <dl data-testid="sentiment-encoded">
          <dt>{t.tokens}</dt>
          <dd>{encoded.tokens.join(' · ') || t.none}</dd>
          <dt>{fill(t.unknown, { v: SENTIMENT_OPTIONS.vocabSize })}</dt>
          <dd>{encoded.unknown.join(', ') || t.none}</dd>
          <dt>{fill(t.ids, { n: SENTIMENT_OPTIONS.maxLen })}</dt>
          <dd style={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
            {encoded.ids.join(' ')}
          </dd>
          {encoded.truncated > 0 && (
            <dd>{fill(t.truncated, { n: encoded.truncated, len: SENTIMENT_OPTIONS.maxLen })}</dd>
          )}
        </dl>
      )}
    </LabFrame>
  );
}
