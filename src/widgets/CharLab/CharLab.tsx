/**
 * A character model trained live in the worker: full-batch Adam on one of the notes' character
 * tasks, with the traced sample decoded in the page (softmax of the head's logits), the prediction
 * as text, and the CharacterView of top-k predictions and the hidden-state path.
 */
import { RunButtons } from '../TrainingLab/RunButtons';
import { useMemo } from 'react';
import { useLang } from '../../lesson/i18n';
import { useWidgetState, type Schema } from '../../lesson/urlState';
import { getExperiment } from '../../engine/experiments';
import { hello, hihello, ifYouWantYou, longSentence } from '../../engine/data';
import { Slider } from '../../controls';
import { CharacterView } from '../../viz/CharacterView';
import { useTrainer } from '../TrainingLab/useTrainer';
import { LabFrame } from '../LabFrame/LabFrame';
import { fill } from '../TrainingLab/strings';
import { CHAR_EXPERIMENTS } from './spec';
import { readTrace } from './charLogic';
import { CHAR_STRINGS } from './strings';

export interface CharLabProps {
  id: string;
  experiment: string;
  units?: number;
}

type CharExperiment = (typeof CHAR_EXPERIMENTS)[number];

const WINDOWS: Record<CharExperiment, () => number> = {
  hello: () => hello().data.xShape[0],
  hihello: () => hihello().data.xShape[0],
  'if-you-want-you': () => ifYouWantYou().data.xShape[0],
  'long-sentence': () => longSentence(10).data.xShape[0],
};

const isChar = (e: string): e is CharExperiment =>
  (CHAR_EXPERIMENTS as readonly string[]).includes(e);

export default function CharLab({ id, experiment, units = 5 }: CharLabProps) {
  const lang = useLang();
  const t = CHAR_STRINGS[lang];
  const exp = isChar(experiment) ? getExperiment(experiment) : undefined;
  if (!exp || !exp.model || !exp.train || !isChar(experiment)) {
    return <p role="alert">{experiment}</p>;
  }
  const start = Math.min(32, Math.max(1, Math.round(Number.isFinite(units) ? units : 5)));
  return (
    <Lab
      id={id}
      experiment={experiment}
      startUnits={start}
      startLayers={exp.model.layers.length}
      steps={exp.train.epochs}
      windows={WINDOWS[experiment]()}
      title={exp.title[lang]}
      description={exp.description[lang]}
      t={t}
    />
  );
}

interface LabProps {
  id: string;
  experiment: CharExperiment;
  startUnits: number;
  startLayers: number;
  steps: number;
  windows: number;
  title: string;
  description: string;
  t: (typeof CHAR_STRINGS)['en'];
}

function Lab({
  id,
  experiment,
  startUnits,
  startLayers,
  steps,
  windows,
  title,
  description,
  t,
}: LabProps) {
  const lang = useLang();
  const schema = useMemo(
    () =>
      ({
        units: { type: 'int', min: 1, max: 32, default: startUnits },
        layers: { type: 'int', min: 1, max: 3, default: startLayers },
        epochs: { type: 'int', min: 1, max: 500, default: steps },
        seed: { type: 'int', min: 0, max: 9999, default: 1 },
        sample: { type: 'int', min: 0, max: Math.max(0, windows - 1), default: 0 },
      }) as const satisfies Schema,
    [startUnits, startLayers, steps, windows],
  );
  const [s, set] = useWidgetState(id, schema);
  const spec = useMemo(
    () => ({
      experiment,
      model: {
        seed: s.seed,
        layers: Array.from({ length: s.layers }, () => ({
          cell: 'simpleRnn' as const,
          units: s.units,
          returnSequences: true,
        })),
      },
      train: { seed: s.seed, epochs: s.epochs },
    }),
    [experiment, s.seed, s.layers, s.units, s.epochs],
  );
  const run = useTrainer(spec, { sample: s.sample });
  // The reading changes with the trace (a few times a second), not with every snapshot.
  const chars = run.created?.chars;
  const reading = useMemo(
    () => (run.trace && chars && chars.length > 0 ? readTrace(run.trace, chars) : null),
    [run.trace, chars],
  );
  const snap = run.snapshot;
  const last = snap?.history.at(-1);

  let status = t.idle;
  if (run.status === 'starting') status = t.starting;
  else if (run.status === 'failed') status = t.failed;
  else if (snap && last && reading)
    status = fill(t.progress, {
      step: snap.step,
      epochs: s.epochs,
      loss: last.loss.toFixed(3),
      correct: reading.correct,
      T: reading.target.length,
    });
  // Until the first trace of the run arrives, the step and loss alone.
  else if (snap && last)
    status = fill(t.progressLoss, {
      step: snap.step,
      epochs: s.epochs,
      loss: last.loss.toFixed(3),
    });

  return (
    <LabFrame
      id={id}
      lang={lang}
      testId={`charlab-${id}`}
      title={title}
      description={description}
      legend={t.title}
      settings={
        <>
          <Slider
            label={t.units}
            min={1}
            max={32}
            step={1}
            value={s.units}
            onChange={(units) => set({ units })}
          />
          <Slider
            label={t.layers}
            min={1}
            max={3}
            step={1}
            value={s.layers}
            onChange={(layers) => set({ layers })}
          />
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
          {windows > 1 && (
            <Slider
              label={t.sample}
              min={0}
              max={windows - 1}
              step={1}
              value={s.sample}
              onChange={(sample) => set({ sample })}
            />
          )}
        </>
      }
      buttons={
        <RunButtons
          run={run}
          testId="charlab"
          groupLabel={t.title}
          labels={{ train: t.train, pause: t.pause, step: t.step, reset: t.reset }}
        />
      }
      run={run}
      statusTestId="charlab"
      statusText={status}
    >
      {reading && (
        <dl className="char-lab__text" style={{ fontFamily: 'monospace' }}>
          <dt>{t.input}</dt>
          <dd>{JSON.stringify(reading.input)}</dd>
          <dt>{t.target}</dt>
          <dd>{JSON.stringify(reading.target)}</dd>
          <dt>{t.predicted}</dt>
          <dd data-testid="charlab-prediction" aria-live="polite">
            {JSON.stringify(reading.predicted)}
            {reading.correct === reading.target.length ? ` ✓ ${t.done}` : ''}
          </dd>
        </dl>
      )}
      {reading && <CharacterView lang={lang} data={reading.data} />}
    </LabFrame>
  );
}
