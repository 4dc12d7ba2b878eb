/**
 * Teacher forcing against free running, trained live: two workers train the registry's
 * 'long-sentence' model with the same seed, one teacher-forced and one free running
 * (`teacherForcing: false`, the engine feeds its own argmax). When training stops, each model
 * generates text from the same prompt, feeding its outputs back, and the page compares that text
 * with the sentence's true continuation.
 */
import { useEffect, useMemo, useState } from 'react';
import { Slider } from '../../controls';
import { LONG_SENTENCE } from '../../engine/data';
import { useLang } from '../../lesson/i18n';
import { useWidgetState, type Schema } from '../../lesson/urlState';
import { LineChart } from '../../viz/LineChart';
import { SERIES } from '../../viz/constants';
import { Sized } from '../../viz/Sized';
import { messageText } from '../TrainingLab/messages';
import { fill } from '../TrainingLab/strings';
import { useTrainer, useViewRefs, type TrainerRun } from '../TrainingLab/useTrainer';
import { argmaxRow, firstMismatch, generateIds, matchShare } from './generate';
import { TF_STRINGS } from './strings';

export interface TeacherForcingLabProps {
  id: string;
}

/** Window length of the 'long-sentence' experiment. */
const T = 10;
const GENERATED = 40;
const LAST_START = LONG_SENTENCE.length - T - GENERATED;

const SCHEMA = {
  epochs: { type: 'int', min: 1, max: 500, default: 100 },
  seed: { type: 'int', min: 0, max: 9999, default: 1 },
  start: { type: 'int', min: 0, max: LAST_START, default: 0 },
} as const satisfies Schema;

/** Greedy text from the prompt, generated in the run's worker once training has stopped. */
function useGenerated(run: TrainerRun, prompt: string): string | null {
  const [text, setText] = useState<{ key: string; value: string } | null>(null);
  const api = run.client?.api;
  const chars = run.created?.chars;
  const state = run.snapshot?.state;
  const step = run.snapshot?.step ?? 0;
  const key = `${step}:${prompt}`;
  useEffect(() => {
    if (!api || !chars || step === 0 || state === 'training') return;
    let live = true;
    const V = chars.length;
    const ids = [...prompt].map((c) => Math.max(0, chars.indexOf(c)));
    generateIds(ids, GENERATED, T, async (window, at) => {
      const p = await api.predictInputs({ values: window, shape: [1, T] });
      if (!p.ok) throw new Error(p.messages.map((m) => m.code).join(', '));
      return argmaxRow(p.values, at, V);
    })
      .then((out) => live && setText({ key, value: out.map((i) => chars[i]).join('') }))
      .catch(() => live && setText(null));
    return () => {
      live = false;
    };
  }, [api, chars, step, state, prompt, key]);
  return text && text.key === key ? text.value : null;
}

export default function TeacherForcingLab({ id }: TeacherForcingLabProps) {
  const lang = useLang();
  const t = TF_STRINGS[lang];
  const [s, set] = useWidgetState(id, SCHEMA);
  const forcedSpec = useMemo(
    () => ({ experiment: 'long-sentence', train: { seed: s.seed, epochs: s.epochs } }),
    [s.seed, s.epochs],
  );
  const freeSpec = useMemo(
    () => ({
      experiment: 'long-sentence',
      train: { seed: s.seed, epochs: s.epochs, teacherForcing: false },
    }),
    [s.seed, s.epochs],
  );
  const forced = useTrainer(forcedSpec);
  const free = useTrainer(freeSpec);
  const prompt = LONG_SENTENCE.slice(s.start, s.start + T);
  const truth = LONG_SENTENCE.slice(s.start + T, s.start + T + GENERATED);
  const runs = [
    { key: 'forced', name: t.forced, run: forced, text: useGenerated(forced, prompt) },
    { key: 'free', name: t.free, run: free, text: useGenerated(free, prompt) },
  ];
  const training = runs.some((r) => r.run.snapshot?.state === 'training');
  const series = runs.map((r, i) => ({
    label: r.name,
    colour: SERIES[i],
    dash: i === 1 ? [6, 3] : undefined,
    points: (r.run.snapshot?.history ?? []).map((p) => ({ x: p.step, y: p.loss })),
  }));
  const hasCurve = series.some((x) => x.points.length > 0);

  const statusOf = (name: string, run: TrainerRun) => {
    if (run.status === 'starting') return `${name}: ${t.starting}`;
    if (run.status === 'failed') return `${name}: ${t.failed}`;
    const snap = run.snapshot;
    const last = snap?.history.at(-1);
    if (!snap || !last) return `${name}: ${t.idle}`;
    return fill(t.progress, {
      name,
      step: snap.step,
      epochs: s.epochs,
      loss: last.loss.toFixed(3),
    });
  };
  const messages = runs.flatMap((r) => r.run.messages.filter((m) => m.severity === 'error'));
  const viewRef = useViewRefs(forced, free);

  return (
    <section aria-labelledby={`${id}-title`} data-testid={`tf-${id}`} ref={viewRef}>
      <h3 id={`${id}-title`}>{t.title}</h3>
      <p className="muted">{t.description}</p>
      <fieldset>
        <legend>{t.title}</legend>
        <Slider
          label={t.epochs}
          min={1}
          max={500}
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
        <Slider
          label={t.start}
          min={0}
          max={LAST_START}
          step={1}
          value={s.start}
          onChange={(start) => set({ start })}
        />
      </fieldset>
      <div
        role="group"
        aria-label={t.title}
        style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}
      >
        {training ? (
          <button
            type="button"
            data-testid="tf-pause"
            onClick={() => runs.forEach((r) => r.run.pause())}
          >
            {t.pause}
          </button>
        ) : (
          <button
            type="button"
            data-testid="tf-train"
            onClick={() => runs.forEach((r) => r.run.play())}
          >
            {t.train}
          </button>
        )}
        <button
          type="button"
          data-testid="tf-reset"
          onClick={() => runs.forEach((r) => r.run.reset())}
        >
          {t.reset}
        </button>
      </div>
      <p aria-live="polite" data-testid="tf-status">
        {runs.map((r) => statusOf(r.name, r.run)).join(' · ')}
      </p>
      {messages.length > 0 && (
        <ul role="alert">
          {messages.map((m, i) => (
            <li key={i}>{messageText(m, lang)}</li>
          ))}
        </ul>
      )}
      {hasCurve && (
        <Sized>
          {(width) => (
            <LineChart
              width={width}
              height={220}
              series={series}
              integerX
              xLabel={t.xAxis}
              yLabel={t.yAxis}
              label={t.chart}
            />
          )}
        </Sized>
      )}
      <p style={{ fontFamily: 'monospace' }}>{fill(t.prompt, { prompt, truth })}</p>
      <table data-testid="tf-table">
        <caption>{t.table}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colRun}</th>
            <th scope="col">{t.colLoss}</th>
            <th scope="col">{t.colAcc}</th>
            <th scope="col">{t.colText}</th>
            <th scope="col">{t.colMatch}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => {
            const history = r.run.snapshot?.history ?? [];
            const last = history.at(-1);
            const val = [...history].reverse().find((p) => p.valMetric !== undefined);
            const step = r.run.snapshot?.step ?? 0;
            const busy = step > 0 && r.text === null;
            return (
              <tr key={r.key} data-testid={`tf-row-${r.key}`}>
                <th scope="row">{r.name}</th>
                <td>{last ? last.loss.toFixed(3) : t.notYet}</td>
                <td>
                  {val?.valMetric !== undefined ? `${(val.valMetric * 100).toFixed(1)}%` : t.notYet}
                </td>
                <td
                  style={{ fontFamily: 'monospace', whiteSpace: 'pre-wrap' }}
                  data-testid={`tf-text-${r.key}`}
                >
                  {r.text !== null ? `“${r.text}”` : busy ? t.generating : t.notYet}
                </td>
                <td data-testid={`tf-match-${r.key}`}>
                  {r.text !== null
                    ? fill(t.matched, {
                        share: (matchShare(r.text, truth) * 100).toFixed(0),
                        first: firstMismatch(r.text, truth),
                      })
                    : t.notYet}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
