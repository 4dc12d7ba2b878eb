/**
 * Seq2seq lab: an encoder–decoder trained live on reversing digit strings. The encoder LSTM reads
 * the digits; its final state starts the decoder LSTM, which writes one digit per step. Whenever
 * training stops, the page asks the worker for greedy decodings of 100 validation strings and
 * shows each step's output next to the expected digit.
 */
import { RunButtons } from '../TrainingLab/RunButtons';
import { useEffect, useMemo, useState } from 'react';
import { useLang } from '../../lesson/i18n';
import { useWidgetState, type Schema } from '../../lesson/urlState';
import { Slider } from '../../controls';
import { useTrainer } from '../TrainingLab/useTrainer';
import { messageText } from '../TrainingLab/messages';
import { fill } from '../TrainingLab/strings';
import {
  TOKENS,
  argmaxIds,
  reverseModel,
  reverseSplit,
  reverseTrain,
  scoreAnswers,
} from './reverseTask';
import { S2S_STRINGS } from './strings';

export interface Seq2SeqLabProps {
  id: string;
}

const SCHEMA = {
  length: { type: 'int', min: 2, max: 8, default: 4 },
  units: { type: 'int', min: 8, max: 128, default: 64 },
  epochs: { type: 'int', min: 1, max: 40, default: 8 },
  seed: { type: 'int', min: 0, max: 9999, default: 1 },
} as const satisfies Schema;

const SCORED = Array.from({ length: 100 }, (_, i) => i);
const SHOWN = 6;

export default function Seq2SeqLab({ id }: Seq2SeqLabProps) {
  const lang = useLang();
  const t = S2S_STRINGS[lang];
  const [s, set] = useWidgetState(id, SCHEMA);
  const data = useMemo(() => reverseSplit(s.length, s.seed), [s.length, s.seed]);
  const spec = useMemo(
    () => ({
      model: reverseModel(s.length, s.units, s.seed),
      train: reverseTrain(s.epochs, s.seed),
      data,
    }),
    [s.length, s.units, s.seed, s.epochs, data],
  );
  const run = useTrainer(spec);
  const [predicted, setPredicted] = useState<number[] | null>(null);
  const snap = run.snapshot;
  const state = snap?.state;
  const step = snap?.step ?? 0;
  const api = run.client?.api;
  const ready = run.created?.ok === true && step > 0;

  useEffect(() => {
    if (!api || !ready || state === 'training') return;
    let live = true;
    api
      .predict(SCORED)
      .then((p) => live && setPredicted(argmaxIds(p.values, TOKENS.length)))
      .catch(() => live && setPredicted(null));
    return () => {
      live = false;
    };
  }, [api, ready, state, step]);

  const L = s.length;
  const valid = data.valid;
  const fits = predicted !== null && predicted.length === SCORED.length * L;
  const score = fits ? scoreAnswers(predicted, valid, SCORED) : null;
  const text = (ids: ArrayLike<number>, from: number, to: number) =>
    Array.from({ length: to - from }, (_, k) => TOKENS[ids[from + k]] ?? '?').join('');
  const steps = Array.from({ length: L }, (_, t) => t);

  const refused = run.status === 'refused' ? run.messages : [];
  let status = t.idle;
  if (run.status === 'starting') status = t.starting;
  else if (run.status === 'failed') status = t.failed;
  else if (snap && snap.history.length > 0)
    status = fill(t.progress, {
      epoch: snap.epoch,
      epochs: s.epochs,
      loss: snap.history.at(-1)!.loss.toFixed(3),
    });

  return (
    <section aria-labelledby={`${id}-title`} data-testid={`s2s-${id}`} ref={run.viewRef}>
      <h3 id={`${id}-title`}>{t.title}</h3>
      <p className="muted">{t.description}</p>
      <fieldset>
        <legend>{t.title}</legend>
        <Slider
          label={t.length}
          min={2}
          max={8}
          step={1}
          value={s.length}
          onChange={(length) => set({ length })}
        />
        <Slider
          label={t.units}
          min={8}
          max={128}
          step={8}
          value={s.units}
          onChange={(units) => set({ units })}
        />
        <Slider
          label={t.epochs}
          min={1}
          max={40}
          step={1}
          value={s.epochs}
          onChange={(epochs) => set({ epochs })}
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
        testId="s2s"
        groupLabel={t.title}
        labels={{ train: t.train, pause: t.pause, step: t.step, reset: t.reset }}
      />
      <p aria-live="polite" data-testid="s2s-status">
        {status}
      </p>
      {refused.length > 0 && (
        <ul role="alert">
          <li>{t.refused}</li>
          {refused.map((m, i) => (
            <li key={i}>{messageText(m, lang)}</li>
          ))}
        </ul>
      )}
      {score && (
        <p aria-live="polite" data-testid="s2s-score">
          {fill(t.score, {
            digits: (score.digits * 100).toFixed(1),
            whole: (score.whole * 100).toFixed(0),
          })}
        </p>
      )}
      {fits && (
        <table data-testid="s2s-examples">
          <caption>{t.examples}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colInput}</th>
              <th scope="col">{t.colWant}</th>
              {steps.map((k) => (
                <th scope="col" key={k}>
                  {fill(t.colStep, { step: k + 1 })}
                </th>
              ))}
              <th scope="col">{t.colOk}</th>
            </tr>
          </thead>
          <tbody>
            {SCORED.slice(0, SHOWN).map((i, row) => {
              const want = text(valid.y, i * L, (i + 1) * L);
              const got = text(predicted, row * L, (row + 1) * L);
              return (
                <tr key={i} style={{ fontFamily: 'monospace' }}>
                  <td>{text(valid.x, i * L, (i + 1) * L)}</td>
                  <td>{want}</td>
                  {steps.map((k) => {
                    const ok = got[k] === want[k];
                    return (
                      <td
                        key={k}
                        style={{ color: ok ? 'var(--ok, #1a7f37)' : 'var(--bad, #b42318)' }}
                        aria-label={`${got[k]} ${ok ? t.yes : t.no}`}
                      >
                        {got[k]}
                      </td>
                    );
                  })}
                  <td>{want === got ? t.yes : t.no}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
