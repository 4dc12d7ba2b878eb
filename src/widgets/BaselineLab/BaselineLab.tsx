import { useCallback, useEffect, useRef, useState } from 'react';
import { useLang } from '../../lesson/i18n';
import type { Lang } from '../../lesson/lang';
import { useWidgetState, type StateOf } from '../../lesson/urlState';
import { Slider } from '../../controls';
import { DataTable, Figure, type TableData } from '../../viz/Figure';
import { LineChart, SeriesKey } from '../../viz/LineChart';
import type { LineSeries } from '../../viz/lineLayout';
import { useSize } from '../../viz/hooks';
import { fmt } from '../../viz/scales';
import { NOTES_NAIVE_MSE, example, type BaselineResult } from './baselines';
import { fill, type StringKey } from './strings';

/** The settings in the URL: the data seed, the input length, and the series shown. */
export const SCHEMA = {
  seed: { type: 'int', min: 1, max: 100, default: 42 },
  steps: { type: 'int', min: 10, max: 100, default: 50 },
  example: { type: 'int', min: 1, max: 2000, default: 1 },
} as const;

export type BaselineState = StateOf<typeof SCHEMA>;

export type BaselineJob =
  | { status: 'idle' }
  | { status: 'running'; seconds: number }
  | { status: 'error'; message: string };

export interface BaselineLabViewProps {
  lang: Lang;
  state: BaselineState;
  setState: (patch: Partial<BaselineState>) => void;
  result: BaselineResult | null;
  job: BaselineJob;
  onRun: () => void;
  width?: number;
  initialTable?: boolean;
}

const f4 = (v: number) => v.toFixed(4);

export function BaselineLabView(props: BaselineLabViewProps) {
  const { lang, state, setState, result, job, width = 640, initialTable = false } = props;
  const say = (key: StringKey, params?: Record<string, string | number>) => fill(lang, key, params);
  const current =
    result && result.seed === state.seed && result.steps === state.steps ? result : null;
  const height = Math.round(Math.min(260, Math.max(190, width * 0.4)));
  const ex = current ? example(current, state.example - 1) : null;
  const T = current?.steps ?? state.steps;
  const exSeries: LineSeries[] = ex
    ? [
        { label: say('inputs'), colour: 'var(--c0)', points: ex.x.map((y, t) => ({ x: t, y })) },
        { label: say('target'), colour: 'var(--fg)', points: [{ x: T, y: ex.target }], dots: true },
        { label: say('naive'), colour: 'var(--c4)', points: [{ x: T, y: ex.naive }], dots: true },
        { label: say('linear'), colour: 'var(--c5)', points: [{ x: T, y: ex.linear }], dots: true },
      ]
    : [];
  const resultsTable = (r: BaselineResult): TableData => ({
    caption: say('resultsCaption'),
    columns: [say('modelCol'), say('validCol'), say('testCol')],
    rows: [
      [say('naiveRow'), f4(r.naive.valid), f4(r.naive.test)],
      [say('linearRow'), f4(r.linear.valid), f4(r.linear.test)],
      [say('notesRow'), f4(NOTES_NAIVE_MSE), '–'],
    ],
  });
  const tables = (): TableData[] =>
    current && ex
      ? [
          resultsTable(current),
          {
            caption: say('exampleCaption', { i: state.example }),
            columns: [say('stepCol'), say('valueAxis')],
            rows: [
              ...ex.x.map((v, t) => [t, fmt(v)]),
              [`${T} (${say('target')})`, fmt(ex.target)],
              [`${T} (${say('naive')})`, fmt(ex.naive)],
              [`${T} (${say('linear')})`, fmt(ex.linear)],
            ],
          },
          {
            caption: say('weightsCaption'),
            columns: [say('stepCol'), say('weightCol')],
            rows: current.weights.map((w, k) => [k < T ? k : say('biasRow'), fmt(w)]),
          },
        ]
      : [];
  return (
    <Figure
      lang={lang}
      title={say('title')}
      description={say('desc')}
      table={tables}
      initialTable={initialTable}
      controls={
        <>
          <Slider
            label={say('seed')}
            min={1}
            max={100}
            step={1}
            value={state.seed}
            locked={job.status === 'running'}
            onChange={(v) => setState({ seed: Math.round(v) })}
          />
          <Slider
            label={say('steps')}
            min={10}
            max={100}
            step={5}
            value={state.steps}
            locked={job.status === 'running'}
            onChange={(v) => setState({ steps: Math.round(v) })}
          />
          <Slider
            label={say('example')}
            min={1}
            max={2000}
            step={1}
            value={state.example}
            onChange={(v) => setState({ example: Math.round(v) })}
          />
          <button
            type="button"
            className="viz-button"
            data-testid="baseline-run"
            disabled={job.status === 'running'}
            onClick={props.onRun}
          >
            {say('run')}
          </button>
        </>
      }
    >
      <div aria-live="polite" data-testid="baseline-status">
        {job.status === 'running' && <p role="status">{say('computing', { s: job.seconds })}</p>}
        {job.status === 'error' && <p role="alert">{say('error', { message: job.message })}</p>}
        {job.status !== 'running' && !current && <p>{say(result ? 'stale' : 'intro')}</p>}
      </div>
      {current && ex && (
        <>
          <div data-testid="baseline-results" aria-live="polite">
            <DataTable data={resultsTable(current)} />
            <p>
              <strong>
                {say('ratio', { r: (current.naive.valid / current.linear.valid).toFixed(1) })}
              </strong>
            </p>
          </div>
          <LineChart
            width={width}
            height={height}
            series={exSeries}
            xDomain={[0, T]}
            integerX
            label={say('lagChart', { i: state.example, n: T })}
            xLabel={say('stepAxis')}
            yLabel={say('valueAxis')}
          />
          <SeriesKey series={exSeries} />
          <p aria-live="polite">
            {say('exampleReadout', {
              i: state.example,
              y: fmt(ex.target),
              n: fmt(ex.naive),
              en: fmt(ex.naive - ex.target),
              l: fmt(ex.linear),
              el: fmt(ex.linear - ex.target),
            })}
          </p>
          <LineChart
            width={width}
            height={height}
            series={[
              {
                label: say('weights'),
                colour: 'var(--c2)',
                points: current.weights.slice(0, T).map((y, t) => ({ x: t, y })),
                dots: true,
              },
            ]}
            xDomain={[0, T - 1]}
            integerX
            refLines={[{ y: 0, label: '0', colour: 'var(--muted)' }]}
            label={say('weightChart')}
            xLabel={say('stepAxis')}
            yLabel={say('weightAxis')}
          />
        </>
      )}
    </Figure>
  );
}

export interface BaselineLabProps {
  id: string;
}

/** Naive and linear baselines on the notes' generator, computed in a worker (spec.ts). */
export default function BaselineLab({ id }: BaselineLabProps) {
  const lang = useLang();
  const [state, setState] = useWidgetState(id, SCHEMA);
  const ref = useRef<HTMLDivElement>(null);
  const { width } = useSize(ref);
  const [result, setResult] = useState<BaselineResult | null>(null);
  const [job, setJob] = useState<BaselineJob>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
  }, []);
  useEffect(() => stop, [stop]);
  const run = () => {
    stop();
    const w = new Worker(new URL('./baselines.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    const began = Date.now();
    setJob({ status: 'running', seconds: 0 });
    timer.current = setInterval(
      () => setJob({ status: 'running', seconds: Math.round((Date.now() - began) / 1000) }),
      1000,
    );
    w.onmessage = (
      e: MessageEvent<
        { kind: 'done'; result: BaselineResult } | { kind: 'error'; message: string }
      >,
    ) => {
      stop();
      if (e.data.kind === 'done') {
        setResult(e.data.result);
        setJob({ status: 'idle' });
      } else setJob({ status: 'error', message: e.data.message });
    };
    w.onerror = (e) => {
      stop();
      setJob({ status: 'error', message: e.message });
    };
    w.postMessage({ seed: state.seed, steps: state.steps });
  };
  return (
    <div ref={ref}>
      <BaselineLabView
        lang={lang}
        state={state}
        setState={setState}
        result={result}
        job={job}
        onRun={run}
        width={Math.max(280, Math.min(720, width))}
      />
    </div>
  );
}
