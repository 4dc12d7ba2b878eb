/**
 * S8.1 / S9.1 live: an LSTM or GRU trained in the worker on the first-symbol memory task, with the
 * cell diagram linked to its formulas (hovering f in either marks the forget gate in both) and the
 * gate heatmaps of one validation sequence, refreshed as training proceeds.
 */
import { useMemo, useState } from 'react';
import { useLang } from '../../lesson/i18n';
import type { Lang } from '../../lesson/lang';
import { useWidgetState, type StateOf } from '../../lesson/urlState';
import { Slider } from '../../controls';
import { CellDiagram } from '../../viz/CellDiagram';
import { GateHeatmap, gateLabel } from '../../viz/GateHeatmap';
import { CELL_NAME } from '../../viz/formulas';
import { Sized } from '../../viz/Sized';
import { fmt } from '../../viz/scales';
import { LAB_STRINGS } from '../TrainingLab/strings';
import { LabStatus } from '../LabFrame/LabFrame';
import { useTrainer, type TrainerRun } from '../TrainingLab/useTrainer';
import { RECALL_SYMBOLS, meanPerStep, recallReadout, recallSpec } from './recall';
import { BackendSelect } from './BackendSelect';
import { RunButtons } from './RunButtons';
import { fill } from './strings';
import '../TrainingLab/TrainingLab.css';

export const SCHEMA = {
  units: { type: 'int', min: 2, max: 32, default: 8 },
  epochs: { type: 'int', min: 1, max: 30, default: 5 },
  sample: { type: 'int', min: 0, max: 499, default: 0 },
  seed: { type: 'int', min: 1, max: 9999, default: 1 },
  backend: { type: 'enum', values: ['auto', 'wasm', 'webgl', 'cpu'], default: 'auto' },
} as const;

export type GateLabState = StateOf<typeof SCHEMA>;

export interface GateLabProps {
  id: string;
  cell: 'lstm' | 'gru';
}

type RunView = Pick<
  TrainerRun,
  | 'status'
  | 'snapshot'
  | 'created'
  | 'trace'
  | 'messages'
  | 'play'
  | 'pause'
  | 'stepBatch'
  | 'stepEpoch'
  | 'reset'
> &
  Partial<Pick<TrainerRun, 'viewRef'>>;

export function GateLabView({
  id,
  lang,
  cell,
  state,
  setState,
  run,
}: {
  id: string;
  lang: Lang;
  cell: 'lstm' | 'gru';
  state: GateLabState;
  setState: (patch: Partial<GateLabState>) => void;
  run: RunView;
}) {
  const t = LAB_STRINGS[lang];
  const name = CELL_NAME[cell];
  const [highlight, setHighlight] = useState<string | null>(null);
  const snapshot = run.snapshot;
  const training = snapshot?.state === 'training';
  const busy = run.status === 'starting';
  const layer = run.trace?.layers[0] ?? null;
  const readout = recallReadout(run.trace);
  const last = snapshot?.history.filter((h) => h.valMetric !== undefined).at(-1);
  const gates = layer ? [...Object.keys(layer.gates), ...(layer.cellState ? ['c'] : [])] : [];
  return (
    <section
      className="training-lab"
      aria-labelledby={`${id}-title`}
      data-testid={`lab-${id}`}
      ref={run.viewRef}
    >
      <h3 id={`${id}-title`}>{fill(lang, 'title', { cell: name })}</h3>
      <p className="muted">{fill(lang, 'desc', { cell: name })}</p>
      <fieldset className="training-lab__settings">
        <legend>{t.settings}</legend>
        <Slider
          label={fill(lang, 'units')}
          min={2}
          max={32}
          step={1}
          value={state.units}
          onChange={(units) => setState({ units: Math.round(units) })}
        />
        <Slider
          label={fill(lang, 'epochs')}
          min={1}
          max={30}
          step={1}
          value={state.epochs}
          onChange={(epochs) => setState({ epochs: Math.round(epochs) })}
        />
        <Slider
          label={fill(lang, 'sample')}
          min={0}
          max={499}
          step={1}
          value={state.sample}
          onChange={(sample) => setState({ sample: Math.round(sample) })}
        />
        <Slider
          label={fill(lang, 'seed')}
          min={1}
          max={9999}
          step={1}
          value={state.seed}
          onChange={(seed) => setState({ seed: Math.round(seed) })}
        />
        <BackendSelect
          lang={lang}
          value={state.backend}
          onChange={(backend) => setState({ backend })}
        />
      </fieldset>
      <RunButtons
        lang={lang}
        label={fill(lang, 'title', { cell: name })}
        training={training}
        busy={busy}
        idle={run.status === 'idle'}
        onPlay={run.play}
        onPause={run.pause}
        onStepBatch={run.stepBatch}
        onStepEpoch={run.stepEpoch}
        onReset={run.reset}
      />
      <LabStatus
        run={run}
        lang={lang}
        testId="lab"
        text={busy ? t.starting : run.status === 'idle' ? fill(lang, 'notYet') : undefined}
      >
        {run.created?.ok && (
          <p>
            {t.params}: <strong>{run.created.paramCount.toLocaleString(lang)}</strong>
            {' · '}
            {t.running}:{' '}
            <strong data-testid="lab-backend">{snapshot?.backend ?? run.created.backend}</strong>
            {snapshot && (
              <> · {fill(lang, 'step', { step: snapshot.step, epoch: snapshot.epoch })}</>
            )}
          </p>
        )}
        {last?.valMetric !== undefined && (
          <p data-testid="lab-result">
            {fill(lang, 'result', {
              epochs: Math.round(last.epoch),
              acc: last.valMetric.toFixed(3),
            })}
          </p>
        )}
        {readout && (
          <p data-testid="gate-readout">
            {fill(lang, 'readout', {
              first: RECALL_SYMBOLS[readout.first] ?? '?',
              answer: RECALL_SYMBOLS[readout.answer] ?? '?',
              p: readout.probability.toFixed(2),
            })}{' '}
            <strong>
              {readout.answer === readout.first ? fill(lang, 'right') : fill(lang, 'wrong')}
            </strong>
          </p>
        )}
      </LabStatus>
      {layer && (
        <>
          <Sized>
            {(width) => (
              <CellDiagram
                lang={lang}
                trace={layer}
                highlight={highlight}
                onHighlight={setHighlight}
                showFormulas
                width={width}
              />
            )}
          </Sized>
          <Sized>{(width) => <GateHeatmap lang={lang} trace={layer} width={width} />}</Sized>
          <details>
            <summary>{fill(lang, 'meanTitle')}</summary>
            <ul>
              {gates.map((g) => {
                const m = meanPerStep(layer, g);
                return (
                  <li key={g}>
                    {fill(lang, 'meanRow', {
                      gate: `${gateLabel(g, lang)} (${g})`,
                      a: fmt(m[0]),
                      b: fmt(m[m.length - 1]),
                    })}
                  </li>
                );
              })}
            </ul>
          </details>
        </>
      )}
    </section>
  );
}

export default function GateLab({ id, cell }: GateLabProps) {
  const lang = useLang();
  const kind = cell === 'gru' ? 'gru' : 'lstm';
  const [state, setState] = useWidgetState(id, SCHEMA);
  const spec = useMemo(
    () =>
      recallSpec(kind, {
        units: state.units,
        epochs: state.epochs,
        seed: state.seed,
        backend: state.backend,
      }),
    [kind, state.units, state.epochs, state.seed, state.backend],
  );
  const run = useTrainer(spec, { sample: state.sample });
  return (
    <GateLabView id={id} lang={lang} cell={kind} state={state} setState={setState} run={run} />
  );
}
