/**
 * The Moby-Dick character LSTM, trained live; its traced validation window is read with teacher
 * forcing (every step gets the true previous characters), and the page turns the logits into
 * greedy choices and seeded draws at the chosen temperature.
 */
import { RunButtons } from '../TrainingLab/RunButtons';
import { useCallback, useMemo } from 'react';
import { useLang } from '../../lesson/i18n';
import { useWidgetState, type Schema } from '../../lesson/urlState';
import { Slider } from '../../controls';
import { LabFrame } from '../LabFrame/LabFrame';
import { FRAME_STRINGS } from '../LabFrame/strings';
import { usePretrainedRun } from '../LabFrame/usePretrainedRun';
import type { CheckpointInfo } from '../LabFrame/checkpoint';
import { fill } from '../TrainingLab/strings';
import { readTrace } from '../CharLab/charLogic';
import { showChar } from '../../viz/charLayout';
import { entropy, sampleText, softmaxT } from './sampling';
import { SAMPLER_STRINGS } from './strings';

export interface SamplerLabProps {
  id: string;
}

const SCHEMA = {
  units: { type: 'int', min: 8, max: 256, default: 64 },
  epochs: { type: 'int', min: 1, max: 30, default: 2 },
  seed: { type: 'int', min: 0, max: 9999, default: 1 },
  sample: { type: 'int', min: 0, max: 173, default: 0 },
  temp: { type: 'number', min: 0.1, max: 2, default: 0.8 },
  draw: { type: 'int', min: 0, max: 9999, default: 1 },
  pos: { type: 'int', min: 0, max: 39, default: 20 },
} as const satisfies Schema;

export default function SamplerLab({ id }: SamplerLabProps) {
  const lang = useLang();
  const t = SAMPLER_STRINGS[lang];
  const [s, set] = useWidgetState(id, SCHEMA);
  const spec = useMemo(
    () => ({
      experiment: 'moby-dick-char',
      model: {
        seed: s.seed,
        layers: [{ cell: 'lstm' as const, units: s.units, returnSequences: true }],
      },
      train: { seed: s.seed, epochs: s.epochs },
    }),
    [s.seed, s.units, s.epochs],
  );
  // The checkpoint is the registry's LSTM(128): loading it sets the width and seed it was saved with.
  const apply = useCallback(
    (info: CheckpointInfo) => set({ units: info.model.layers[0].units, seed: info.model.seed }),
    [set],
  );
  const wish = useMemo(() => ({ sample: s.sample }), [s.sample]);
  const run = usePretrainedRun(spec, wish, apply);
  const created = run.created;
  const chars = useMemo(() => created?.chars ?? [], [created]);
  const reading = run.trace && chars.length > 0 ? readTrace(run.trace, chars) : null;
  const logits = useMemo(() => {
    const tr = run.trace;
    if (!tr || tr.predictionShape.length !== 2) return [];
    const [T, V] = tr.predictionShape;
    return Array.from({ length: T }, (_, i) => tr.prediction.slice(i * V, (i + 1) * V));
  }, [run.trace]);
  const sampled = useMemo(
    () => (chars.length ? sampleText(logits, chars, s.temp, s.draw) : ''),
    [logits, chars, s.temp, s.draw],
  );
  const snap = run.snapshot;
  const last = snap?.history.at(-1);
  let status = t.idle;
  if (run.status === 'starting') status = t.starting;
  else if (run.status === 'failed') status = t.failed;
  else if (run.pretrained.active && (snap?.step ?? 0) === 0)
    status = FRAME_STRINGS[lang].loadedStatus;
  else if (snap && last && reading)
    status = fill(t.progress, {
      epoch: snap.epoch,
      epochs: s.epochs,
      batch: snap.batch,
      loss: last.loss.toFixed(3),
      correct: reading.correct,
      T: reading.target.length,
    });

  const pos = Math.min(s.pos, Math.max(0, logits.length - 1));
  const row = logits[pos];
  const dist = row
    ? (() => {
        const p1 = softmaxT(row, 1);
        const pt = softmaxT(row, s.temp);
        const order = pt
          .map((_, i) => i)
          .sort((a, b) => pt[b] - pt[a])
          .slice(0, 6);
        return { p1, pt, order };
      })()
    : null;
  const mono = {
    fontFamily: 'monospace',
    whiteSpace: 'pre-wrap' as const,
    overflowWrap: 'anywhere' as const,
  };

  return (
    <LabFrame
      id={id}
      lang={lang}
      testId={`sampler-${id}`}
      title={t.title}
      legend={t.title}
      settings={
        <>
          <Slider
            label={t.units}
            min={8}
            max={256}
            step={8}
            value={s.units}
            onChange={(units) => set({ units })}
          />
          <Slider
            label={t.epochs}
            min={1}
            max={30}
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
            label={t.sample}
            min={0}
            max={173}
            step={1}
            value={s.sample}
            onChange={(sample) => set({ sample })}
          />
        </>
      }
      buttons={
        <RunButtons
          run={run}
          testId="sampler"
          groupLabel={t.title}
          labels={{ train: t.train, pause: t.pause, step: t.step, reset: t.reset }}
        />
      }
      run={run}
      pretrained={run.pretrained}
      statusTestId="sampler"
      statusText={status}
    >
      <fieldset>
        <legend>{t.temperature}</legend>
        <Slider
          label={t.temperature}
          min={0.1}
          max={2}
          step={0.05}
          value={s.temp}
          onChange={(temp) => set({ temp })}
        />
        <Slider
          label={t.drawSeed}
          min={0}
          max={99}
          step={1}
          value={s.draw}
          onChange={(draw) => set({ draw })}
        />
        <Slider
          label={t.position}
          min={0}
          max={39}
          step={1}
          value={s.pos}
          onChange={(p) => set({ pos: p })}
        />
      </fieldset>
      {reading && (
        <dl>
          <dt>{t.truth}</dt>
          <dd style={mono}>{reading.target}</dd>
          <dt>{t.greedy}</dt>
          <dd style={mono}>{reading.predicted}</dd>
          <dt>{fill(t.sampled, { t: s.temp.toFixed(2) })}</dt>
          <dd style={mono} data-testid="sampler-sampled" aria-live="polite">
            {sampled}
          </dd>
        </dl>
      )}
      {reading && dist && (
        <table data-testid="sampler-dist">
          <caption>
            {fill(t.distTitle, {
              ctx: reading.input.slice(Math.max(0, pos - 11), pos + 1),
              t: s.temp.toFixed(2),
              h: entropy(dist.pt).toFixed(2),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.colChar}</th>
              <th scope="col">{t.colP1}</th>
              <th scope="col">{t.colPT}</th>
            </tr>
          </thead>
          <tbody>
            {dist.order.map((i) => (
              <tr key={i}>
                <td style={mono}>{showChar(chars[i] ?? '?')}</td>
                <td>{dist.p1[i].toFixed(3)}</td>
                <td>
                  <span
                    aria-hidden="true"
                    style={{
                      display: 'inline-block',
                      height: '0.8em',
                      width: `${Math.round(dist.pt[i] * 100)}%`,
                      maxWidth: '8rem',
                      background: 'var(--c1)',
                      marginRight: '0.4rem',
                    }}
                  />
                  {dist.pt[i].toFixed(3)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </LabFrame>
  );
}
