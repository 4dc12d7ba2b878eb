/**
 * S10.1 live: the three cells trained in turn on one task, seed and backend, and a table like the
 * notes' table 7-1 filled as each finishes, beside the notes' own six runs.
 */
import { useEffect, useRef, useState } from 'react';
import { useLang } from '../../lesson/i18n';
import type { Lang } from '../../lesson/lang';
import { useWidgetState, type StateOf } from '../../lesson/urlState';
import type { CellKind } from '../../engine/types';
import type { TrainerClient } from '../../worker/client';
import { Select, Slider } from '../../controls';
import { CELL_NAME } from '../../viz/formulas';
import { messageText } from '../TrainingLab/messages';
import {
  COMPARED,
  NOTES_RUNS,
  relativeTimes,
  runComparison,
  type ComparisonRow,
  type Progress,
} from './compare';
import { fill } from './strings';
import '../TrainingLab/TrainingLab.css';

export const SCHEMA = {
  task: { type: 'enum', values: ['recall', 'sentiment'], default: 'recall' },
  epochs: { type: 'int', min: 1, max: 20, default: 3 },
  seed: { type: 'int', min: 1, max: 9999, default: 1 },
  backend: { type: 'enum', values: ['auto', 'wasm', 'webgl', 'cpu'], default: 'auto' },
} as const;

export type ComparisonState = StateOf<typeof SCHEMA>;

export type Phase =
  | { kind: 'idle' }
  | { kind: 'building'; cell: CellKind }
  | { kind: 'training'; cell: CellKind; epoch: number }
  | { kind: 'done'; stopped: boolean }
  | { kind: 'failed'; detail: string };

const pct = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : '–');
const num = (v: number, d = 3) => (Number.isFinite(v) ? v.toFixed(d) : '–');

export function statusText(lang: Lang, phase: Phase, rows: ComparisonRow[], epochs: number) {
  switch (phase.kind) {
    case 'idle':
      return fill(lang, 'idle');
    case 'building':
      return fill(lang, 'building', { cell: CELL_NAME[phase.cell] });
    case 'training':
      return fill(lang, 'training', { cell: CELL_NAME[phase.cell], epoch: phase.epoch, epochs });
    case 'done':
      return phase.stopped
        ? fill(lang, 'stopped', { n: rows.length })
        : fill(lang, 'done', { n: rows.length, backend: rows[0]?.backend ?? '–' });
    case 'failed':
      return fill(lang, 'failed', { detail: phase.detail });
  }
}

export function CellComparisonView(props: {
  id: string;
  lang: Lang;
  state: ComparisonState;
  setState: (patch: Partial<ComparisonState>) => void;
  rows: ComparisonRow[];
  phase: Phase;
  onRun(): void;
  onStop(): void;
}) {
  const { id, lang, state, setState, rows, phase } = props;
  const say = (k: Parameters<typeof fill>[1], p?: Record<string, string | number>) =>
    fill(lang, k, p);
  const running = phase.kind === 'building' || phase.kind === 'training';
  const rel = relativeTimes(rows);
  const notesRel = relativeTimes(NOTES_RUNS);
  return (
    <section className="training-lab" aria-labelledby={`${id}-title`} data-testid={`lab-${id}`}>
      <h3 id={`${id}-title`}>{say('title')}</h3>
      <p className="muted">{say('desc')}</p>
      <fieldset className="training-lab__settings" disabled={running}>
        <legend>{say('task')}</legend>
        <Select
          label={say('task')}
          value={state.task}
          options={[
            { value: 'recall', label: say('recall') },
            { value: 'sentiment', label: say('sentiment') },
          ]}
          onChange={(task) => setState({ task: task === 'sentiment' ? 'sentiment' : 'recall' })}
        />
        <Slider
          label={say('epochs')}
          min={1}
          max={20}
          step={1}
          value={state.epochs}
          onChange={(epochs) => setState({ epochs: Math.round(epochs) })}
        />
        <Slider
          label={say('seed')}
          min={1}
          max={9999}
          step={1}
          value={state.seed}
          onChange={(seed) => setState({ seed: Math.round(seed) })}
        />
        <Select
          label={say('backend')}
          value={state.backend}
          options={[
            { value: 'auto', label: say('auto') },
            { value: 'wasm', label: 'wasm' },
            { value: 'webgl', label: 'webgl' },
            { value: 'cpu', label: 'cpu' },
          ]}
          onChange={(b) =>
            setState({ backend: b === 'wasm' || b === 'webgl' || b === 'cpu' ? b : 'auto' })
          }
        />
      </fieldset>
      <div className="training-lab__buttons" role="group" aria-label={say('title')}>
        <button type="button" onClick={props.onRun} disabled={running} data-testid="compare-run">
          {say('run')}
        </button>
        <button type="button" onClick={props.onStop} disabled={!running} data-testid="compare-stop">
          {say('stop')}
        </button>
      </div>
      <p
        aria-live="polite"
        data-testid="compare-status"
        role={phase.kind === 'failed' ? 'alert' : undefined}
      >
        {statusText(lang, phase, rows, state.epochs)}
      </p>
      <div style={{ overflowX: 'auto' }}>
        <table data-testid="compare-table">
          <caption>
            {say('oursCaption', {
              task: say(state.task),
              epochs: state.epochs,
              seed: state.seed,
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{say('model')}</th>
              <th scope="col">{say('params')}</th>
              <th scope="col">{say('trainAcc')}</th>
              <th scope="col">{say('trainLoss')}</th>
              <th scope="col">{say('validAcc')}</th>
              <th scope="col">{say('validLoss')}</th>
              <th scope="col">{say('seconds')}</th>
              <th scope="col">{say('relative')}</th>
            </tr>
          </thead>
          <tbody>
            {COMPARED.map((cell) => {
              const k = rows.findIndex((r) => r.cell === cell);
              const r = rows[k];
              return (
                <tr key={cell} data-testid={`compare-row-${cell}`}>
                  <th scope="row">{CELL_NAME[cell]}</th>
                  {r ? (
                    <>
                      <td>{r.params.toLocaleString(lang)}</td>
                      <td>{pct(r.trainAccuracy)}</td>
                      <td>{num(r.trainLoss)}</td>
                      <td>{pct(r.validAccuracy)}</td>
                      <td>{num(r.validLoss)}</td>
                      <td>{num(r.seconds, 1)}</td>
                      <td>{num(rel[k], 1)}</td>
                    </>
                  ) : (
                    <td colSpan={7} className="muted">
                      {say('waiting')}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div style={{ overflowX: 'auto' }}>
        <table>
          <caption>{say('notesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{say('model')}</th>
              <th scope="col">{say('variant')}</th>
              <th scope="col">{say('trainAcc')}</th>
              <th scope="col">{say('trainLoss')}</th>
              <th scope="col">{say('testAcc')}</th>
              <th scope="col">{say('testLoss')}</th>
              <th scope="col">{say('seconds')}</th>
              <th scope="col">{say('relative')}</th>
            </tr>
          </thead>
          <tbody>
            {NOTES_RUNS.map((r, k) => (
              <tr key={`${r.cell}-${r.variant}`}>
                <th scope="row">{CELL_NAME[r.cell]}</th>
                <td>{say(r.variant === 'cell' ? 'cellLoop' : 'layer')}</td>
                <td>{pct(r.trainAccuracy)}</td>
                <td>{num(r.trainLoss, 4)}</td>
                <td>{pct(r.testAccuracy)}</td>
                <td>{num(r.testLoss, 4)}</td>
                <td>{num(r.seconds, 1)}</td>
                <td>{num(notesRel[k], 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export default function CellComparison({ id }: { id: string }) {
  const lang = useLang();
  const [state, setState] = useWidgetState(id, SCHEMA);
  const [rows, setRows] = useState<ComparisonRow[]>([]);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const client = useRef<TrainerClient | null>(null);
  const stop = useRef(false);

  useEffect(
    () => () => {
      stop.current = true;
      client.current?.terminate();
      client.current = null;
    },
    [],
  );

  const onProgress = (p: Progress) => {
    if (p.kind === 'start') setPhase({ kind: 'building', cell: p.cell });
    else if (p.kind === 'epoch') setPhase({ kind: 'training', cell: p.cell, epoch: p.epoch });
    else if (p.kind === 'row')
      setRows((old) => [...old.filter((r) => r.cell !== p.row.cell), p.row]);
    else
      setPhase({
        kind: 'failed',
        detail: p.result.messages.map((m) => messageText(m, lang)).join(' '),
      });
  };

  const run = async () => {
    stop.current = false;
    setRows([]);
    setPhase({ kind: 'building', cell: COMPARED[0] });
    try {
      if (!client.current) {
        const { createTrainerClient } = await import('../../worker/client');
        client.current = createTrainerClient();
      }
      const api = client.current.api;
      let failed = false;
      await runComparison(
        {
          create: (spec) => api.create(spec),
          stepEpoch: () => api.stepEpoch(),
          evaluate: (part) => api.evaluate(part),
        },
        { task: state.task, epochs: state.epochs, seed: state.seed, backend: state.backend },
        (p) => {
          if (p.kind === 'refused') failed = true;
          onProgress(p);
        },
        () => stop.current,
        () => performance.now(),
      );
      if (!failed) setPhase({ kind: 'done', stopped: stop.current });
    } catch (e) {
      setPhase({ kind: 'failed', detail: String(e).slice(0, 200) });
    }
  };

  return (
    <CellComparisonView
      id={id}
      lang={lang}
      state={state}
      setState={setState}
      rows={rows}
      phase={phase}
      onRun={() => void run()}
      onStop={() => {
        stop.current = true;
      }}
    />
  );
}
