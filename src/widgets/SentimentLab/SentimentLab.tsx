/**
 * Sentiment lab: one of three recurrent classifiers trained in the worker on the review sentences,
 * a table of finished runs for comparison, the model's verdict on a chosen test sentence, and the
 * encoding (tokens, vocabulary cut, padding) of a sentence the student types.
 */
import { RunButtons } from '../TrainingLab/RunButtons';
import { useEffect, useMemo, useState } from 'react';
import { useLang } from '../../lesson/i18n';
import { useWidgetState, type Schema } from '../../lesson/urlState';
import { loadPublicText, type SentimentDataset } from '../../engine/data';
import { Select, Slider } from '../../controls';
import { useTrainer } from '../TrainingLab/useTrainer';
import { fill } from '../TrainingLab/strings';
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
  const run = useTrainer(spec);
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

  // Record a finished run once: the accuracy on the held-out sentences after its last epoch.
  useEffect(() => {
    if (state !== 'done' || lastVal?.valMetric === undefined) return;
    const accuracy = lastVal.valMetric;
    setResults((list) =>
      addResult(list, { model: s.model, epochs: s.epochs, seed: s.seed, accuracy }),
    );
  }, [state, lastVal?.valMetric, s.model, s.epochs, s.seed]);

  // The model's verdict on the chosen test sentence, refreshed whenever training has moved on.
  const api = run.client?.api;
  const ready = run.created?.ok === true && step > 0;
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
    <section
      className="sentiment-lab"
      aria-labelledby={`${id}-title`}
      data-testid={`sentimentlab-${id}`}
    >
      <h3 id={`${id}-title`}>{t.title}</h3>
      <fieldset>
        <legend>{t.model}</legend>
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
      </fieldset>
      <RunButtons
        run={run}
        testId="sentiment"
        groupLabel={t.model}
        labels={{ train: t.train, pause: t.pause, step: t.step, reset: t.reset }}
      />
      <p aria-live="polite" data-testid="sentiment-status">
        {status}
      </p>
      {loadError && (
        <p role="alert">
          {t.loadError} {loadError}
        </p>
      )}
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
          onChange={(e) => setTyped(e.target.value)}
          style={{ display: 'block', width: '100%' }}
        />
      </label>
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
    </section>
  );
}
