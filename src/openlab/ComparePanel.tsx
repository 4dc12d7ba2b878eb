/**
 * "Compare cells" on the page: one click trains SimpleRNN, LSTM and GRU in turn in a worker of its
 * own (the main run keeps its state), and a table fills in as each finishes.
 */
import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../lesson/lang';
import type { CellKind, EngineMessage } from '../engine/types';
import type { TrainerClient } from '../worker/client';
import { CELL_NAME } from '../viz/formulas';
import { compareCells, type CompareRow, type CompareSetup } from './compare';
import { labMessageText } from './messages';
import { OPEN_LAB_STRINGS, fill } from './strings';

type Phase =
  | { kind: 'idle' }
  | { kind: 'building'; cell: CellKind }
  | { kind: 'training'; cell: CellKind; epoch: number }
  | { kind: 'done'; stopped: boolean }
  | { kind: 'refused'; messages: EngineMessage[] }
  | { kind: 'failed'; detail: string };

export interface ComparePanelProps {
  lang: Lang;
  /** The current run's model, training, data and backend; null while it cannot train. */
  setup: CompareSetup | null;
  metric: 'mse' | 'accuracy';
}

export function ComparePanel({ lang, setup, metric }: ComparePanelProps) {
  const t = OPEN_LAB_STRINGS[lang];
  const [rows, setRows] = useState<CompareRow[]>([]);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const client = useRef<TrainerClient | null>(null);
  const stop = useRef(false);
  const running = phase.kind === 'building' || phase.kind === 'training';

  useEffect(
    () => () => {
      stop.current = true;
      client.current?.terminate();
      client.current = null;
    },
    [],
  );

  const run = async () => {
    if (!setup) return;
    stop.current = false;
    setRows([]);
    try {
      if (!client.current) {
        const { createTrainerClient } = await import('../worker/client');
        client.current = createTrainerClient();
      }
      const api = client.current.api;
      let stoppedEarly = false;
      await compareCells(
        api,
        setup,
        (p) => {
          if (p.kind === 'start') setPhase({ kind: 'building', cell: p.cell });
          else if (p.kind === 'epoch') setPhase({ kind: 'training', cell: p.cell, epoch: p.epoch });
          else if (p.kind === 'row') setRows((r) => [...r, p.row]);
          else {
            stoppedEarly = true;
            setPhase({ kind: 'refused', messages: p.messages });
          }
        },
        () => stop.current,
        () => performance.now(),
      );
      if (!stoppedEarly) setPhase({ kind: 'done', stopped: stop.current });
    } catch (e) {
      setPhase({ kind: 'failed', detail: String(e).slice(0, 200) });
    }
  };

  const metricName = metric === 'accuracy' ? t.accuracy : t.mse;
  const value = (v: number) =>
    !Number.isFinite(v)
      ? '–'
      : metric === 'accuracy'
        ? `${(v * 100).toFixed(1)}%`
        : v.toPrecision(3);

  return (
    <section
      className="openlab__compare"
      aria-labelledby="openlab-compare-title"
      data-testid="openlab-panel-compare"
    >
      <h2 id="openlab-compare-title">{t.compare}</h2>
      <p className="muted">{fill(t.compareIntro, { epochs: setup?.train.epochs ?? 0 })}</p>
      <div className="openlab__buttons">
        <button
          type="button"
          onClick={() => void run()}
          disabled={!setup || running}
          data-testid="openlab-compare-run"
        >
          {t.compareRun}
        </button>
        <button type="button" onClick={() => (stop.current = true)} disabled={!running}>
          {t.compareStop}
        </button>
      </div>
      <p aria-live="polite" data-testid="openlab-compare-status">
        {phase.kind === 'building' && fill(t.compareBuilding, { cell: CELL_NAME[phase.cell] })}
        {phase.kind === 'training' &&
          fill(t.compareTraining, {
            cell: CELL_NAME[phase.cell],
            epoch: phase.epoch,
            epochs: setup?.train.epochs ?? 0,
          })}
        {phase.kind === 'done' &&
          (phase.stopped
            ? fill(t.compareStopped, { n: rows.length })
            : fill(t.compareDone, { n: rows.length, backend: rows[0]?.backend ?? '–' }))}
        {phase.kind === 'failed' && fill(t.compareFailed, { detail: phase.detail })}
      </p>
      {phase.kind === 'refused' &&
        phase.messages.map((m, i) => (
          <p key={i} className="openlab__message openlab__message--error" role="alert">
            {labMessageText(m, lang)}
          </p>
        ))}
      {rows.length > 0 && (
        <table data-testid="openlab-compare-table">
          <caption>{t.compareTable}</caption>
          <thead>
            <tr>
              <th scope="col">{t.cell}</th>
              <th scope="col">{t.params}</th>
              <th scope="col">{t.validLoss}</th>
              <th scope="col">{fill(t.validMetric, { metric: metricName })}</th>
              <th scope="col">{t.seconds}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.cell}>
                <th scope="row">{CELL_NAME[r.cell]}</th>
                <td>{r.params.toLocaleString(lang)}</td>
                <td>{r.validLoss.toPrecision(3)}</td>
                <td>{value(r.validMetric)}</td>
                <td>{r.seconds.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
