import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { difference } from '../../engine/baselines';
import { parseSeriesCsv } from '../../engine/data/loader';
import { useLang } from '../../lesson/i18n';
import type { Lang } from '../../lesson/lang';
import { useWidgetState, type StateOf } from '../../lesson/urlState';
import { Slider } from '../../controls';
import { DataTable, Figure, type TableData } from '../../viz/Figure';
import { LineChart, SeriesKey } from '../../viz/LineChart';
import { useSize } from '../../viz/hooks';
import { fmt } from '../../viz/scales';
import {
  describe,
  isSlowOrder,
  kde,
  mse,
  trainSize,
  type ArimaReply,
  type ArimaRequest,
  type FitResult,
} from './analysis';
import { fill, type StringKey } from './strings';

/** The order in the URL; the notes' ARIMA(5,1,0) by default. */
export const SCHEMA = {
  p: { type: 'int', min: 0, max: 5, default: 5 },
  d: { type: 'int', min: 0, max: 2, default: 1 },
  q: { type: 'int', min: 0, max: 2, default: 0 },
} as const;

export type ArimaState = StateOf<typeof SCHEMA>;

/** Work in progress or finished, for the current order only. */
export type Job =
  | { status: 'idle' }
  | { status: 'running'; kind: 'fit' | 'rolling'; seconds: number; done: number }
  | { status: 'stopped' }
  | { status: 'error'; message: string };

export interface ArimaLabViewProps {
  lang: Lang;
  state: ArimaState;
  setState: (patch: Partial<ArimaState>) => void;
  sales: number[] | null;
  loadError?: string;
  fit: FitResult | null;
  predictions: number[];
  job: Job;
  onFit: () => void;
  onRolling: () => void;
  onCancel: () => void;
  width?: number;
  initialTable?: boolean;
}

const pts = (v: readonly number[], from = 1) => v.map((y, i) => ({ x: i + from, y }));

export function ArimaLabView(props: ArimaLabViewProps) {
  const { lang, state, setState, sales, fit, predictions, job, width = 640 } = props;
  const initialTable = props.initialTable ?? false;
  const say = (key: StringKey, params?: Record<string, string | number>) => fill(lang, key, params);
  const height = Math.round(Math.min(260, Math.max(190, width * 0.4)));
  const diffed = useMemo(() => (sales ? difference(sales, state.d) : []), [sales, state.d]);
  const density = useMemo(() => (fit ? kde(fit.residuals) : []), [fit]);
  if (!sales) {
    return (
      <p role="status" data-testid="arima-status">
        {props.loadError ? say('loadError', { message: props.loadError }) : say('loading')}
      </p>
    );
  }
  const running = job.status === 'running';
  const start = trainSize(sales.length);
  const actual = sales.slice(start);
  const complete = predictions.length === actual.length;
  const summary = fit ? describe(fit.residuals) : null;
  const order = { p: state.p, d: state.d, q: state.q };
  const orderSlider = (key: 'p' | 'd' | 'q') => (
    <Slider
      label={say(key)}
      min={SCHEMA[key].min}
      max={SCHEMA[key].max}
      step={1}
      value={state[key]}
      locked={running}
      onChange={(v) => setState({ [key]: Math.round(v) })}
    />
  );
  const seriesTable = (): TableData => ({
    caption: say('seriesCaption'),
    columns: [say('monthCol'), say('salesCol'), say('diffCol')],
    rows: sales.map((v, i) => [i + 1, fmt(v), i >= state.d ? fmt(diffed[i - state.d]) : '–']),
  });
  const fitTables = (): TableData[] =>
    fit && summary
      ? [
          {
            caption: say('residualCaption'),
            columns: [say('monthCol'), say('residualCol')],
            rows: fit.residuals.map((r, i) => [i + 1 + state.d, fmt(r)]),
          },
          summaryTable(summary),
        ]
      : [];
  const summaryTable = (s: NonNullable<typeof summary>): TableData => ({
    caption: say('summaryCaption'),
    columns: [say('statCol'), say('valueCol')],
    rows: [
      ['count', s.count],
      ['mean', s.mean.toFixed(3)],
      ['std', s.std.toFixed(3)],
      ['min', s.min.toFixed(3)],
      ['25%', s.q25.toFixed(3)],
      ['50%', s.q50.toFixed(3)],
      ['75%', s.q75.toFixed(3)],
      ['max', s.max.toFixed(3)],
    ],
  });
  const coefTable = (f: FitResult): TableData => ({
    caption: `${say('coefCaption')}: ARIMA(${order.p},${order.d},${order.q})`,
    columns: [say('termCol'), say('valueCol')],
    rows: [
      [say('constTerm'), f.mean.toFixed(4)],
      ...f.phi.map((v, i) => [`ar.L${i + 1}`, v.toFixed(4)]),
      ...f.theta.map((v, j) => [`ma.L${j + 1}`, v.toFixed(4)]),
      [say('sigmaTerm'), Math.sqrt(f.sigma2).toFixed(3)],
      [say('logLikTerm'), f.logLik.toFixed(3)],
      ['AIC', f.aic.toFixed(3)],
      ['BIC', f.bic.toFixed(3)],
    ],
  });
  const forecastTable = (): TableData => ({
    caption: say('forecastCaption'),
    columns: [say('monthCol'), say('actualCol'), say('predictedCol')],
    rows: actual.map((v, i) => [
      start + i + 1,
      v.toFixed(1),
      i < predictions.length ? predictions[i].toFixed(3) : '–',
    ]),
  });
  const salesSeries = [{ label: say('sales'), colour: 'var(--c0)', points: pts(sales) }];
  const diffSeries = [
    { label: say('differenced'), colour: 'var(--c2)', points: pts(diffed, 1 + state.d) },
  ];
  const forecastSeries = [
    { label: say('actual'), colour: 'var(--c0)', points: pts(actual, start + 1), dots: true },
    {
      label: say('predicted'),
      colour: 'var(--c5)',
      dash: [6, 3],
      points: pts(predictions, start + 1),
      dots: true,
    },
  ];
  return (
    <div className="arima-lab">
      <Figure
        lang={lang}
        title={say('title')}
        description={say('desc')}
        table={seriesTable}
        initialTable={initialTable}
        controls={
          <>
            {orderSlider('p')}
            {orderSlider('d')}
            {orderSlider('q')}
            <button
              type="button"
              className="viz-button"
              data-testid="arima-fit"
              disabled={running}
              onClick={props.onFit}
            >
              {say('fit', order)}
            </button>
            <button
              type="button"
              className="viz-button"
              data-testid="arima-rolling"
              disabled={running}
              onClick={props.onRolling}
            >
              {say('rolling')}
            </button>
            {running && (
              <button
                type="button"
                className="viz-button"
                data-testid="arima-cancel"
                onClick={props.onCancel}
              >
                {say('cancel')}
              </button>
            )}
          </>
        }
      >
        <LineChart
          width={width}
          height={height}
          series={salesSeries}
          xDomain={[1, sales.length]}
          integerX
          label={say('seriesChart')}
          xLabel={say('monthAxis')}
          yLabel={say('salesAxis')}
        />
        {state.d > 0 && (
          <LineChart
            width={width}
            height={height}
            series={diffSeries}
            xDomain={[1, sales.length]}
            integerX
            refLines={[{ y: 0, label: say('zeroLine'), colour: 'var(--muted)' }]}
            label={say('diffChart', { d: state.d })}
            xLabel={say('monthAxis')}
            yLabel={say('diffAxis')}
          />
        )}
      </Figure>
      <div aria-live="polite" data-testid="arima-status" className="arima-status">
        {job.status === 'running' && (
          <p role="status">
            {job.kind === 'fit'
              ? say('computing', { s: job.seconds })
              : say('rollingProgress', { i: job.done + 1, n: actual.length, s: job.seconds })}
          </p>
        )}
        {job.status === 'stopped' && <p>{say('stopped')}</p>}
        {job.status === 'error' && <p role="alert">{say('error', { message: job.message })}</p>}
        {isSlowOrder(order) && <p>{say('slow')}</p>}
      </div>
      {fit && summary ? (
        <Figure
          lang={lang}
          title={say('residualChart')}
          description={say('densityChart')}
          table={fitTables}
          initialTable={initialTable}
        >
          <div data-testid="arima-coefficients">
            <DataTable data={coefTable(fit)} />
          </div>
          <LineChart
            width={width}
            height={height}
            series={[
              {
                label: say('residuals'),
                colour: 'var(--c1)',
                points: pts(fit.residuals, 1 + state.d),
              },
            ]}
            xDomain={[1, sales.length]}
            integerX
            refLines={[{ y: 0, label: say('zeroLine'), colour: 'var(--muted)' }]}
            label={say('residualChart')}
            xLabel={say('monthAxis')}
            yLabel={say('residualAxis')}
          />
          <LineChart
            width={width}
            height={height}
            series={[{ label: say('density'), colour: 'var(--c3)', points: density }]}
            label={say('densityChart')}
            xLabel={say('residualAxis')}
            yLabel={say('densityAxis')}
          />
          <DataTable data={summaryTable(summary)} />
          <p>{say('biased', { m: summary.mean.toFixed(3) })}</p>
        </Figure>
      ) : (
        <p className="viz-desc">{say('fitFirst')}</p>
      )}
      {predictions.length > 0 && (
        <Figure
          lang={lang}
          title={say('forecastChart')}
          description={say('notesMse')}
          table={forecastTable}
          initialTable={initialTable}
        >
          <LineChart
            width={width}
            height={height}
            series={forecastSeries}
            xDomain={[start + 1, sales.length]}
            integerX
            label={say('forecastChart')}
            xLabel={say('monthAxis')}
            yLabel={say('salesAxis')}
          />
          <SeriesKey series={forecastSeries} />
          {complete && (
            <p aria-live="polite" data-testid="arima-mse">
              <strong>
                {say('mse', { mse: mse(actual, predictions).toFixed(3), n: actual.length })}
              </strong>
            </p>
          )}
        </Figure>
      )}
    </div>
  );
}

/** Loads the series relative to the page, so it works under any base path. */
async function loadSales(): Promise<number[]> {
  const response = await fetch('./data/shampoo-sales.csv');
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return parseSeriesCsv(await response.text()).values;
}

export interface ArimaLabProps {
  id: string;
}

/** ARIMA on the sales series, fitted in a worker on request (spec.ts). */
export default function ArimaLab({ id }: ArimaLabProps) {
  const lang = useLang();
  const [state, setState] = useWidgetState(id, SCHEMA);
  const ref = useRef<HTMLDivElement>(null);
  const { width } = useSize(ref);
  const [sales, setSales] = useState<number[] | null>(null);
  const [loadError, setLoadError] = useState<string>();
  const key = `${state.p},${state.d},${state.q}`;
  const [fit, setFit] = useState<{ key: string; result: FitResult } | null>(null);
  const [rolling, setRolling] = useState<{ key: string; predictions: number[] } | null>(null);
  const [job, setJob] = useState<Job>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);

  useEffect(() => {
    let live = true;
    loadSales().then(
      (v) => live && setSales(v),
      (e: unknown) => live && setLoadError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, []);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const run = useCallback(
    (request: ArimaRequest) => {
      stop();
      const w = new Worker(new URL('./arima.worker.ts', import.meta.url), { type: 'module' });
      worker.current = w;
      const began = Date.now();
      const jobKey = `${request.order.p},${request.order.d},${request.order.q}`;
      let done = 0;
      setJob({ status: 'running', kind: request.kind, seconds: 0, done });
      timer.current = setInterval(
        () =>
          setJob({
            status: 'running',
            kind: request.kind,
            seconds: Math.round((Date.now() - began) / 1000),
            done,
          }),
        1000,
      );
      if (request.kind === 'rolling') setRolling({ key: jobKey, predictions: [] });
      w.onmessage = (e: MessageEvent<ArimaReply>) => {
        const m = e.data;
        if (m.kind === 'fit') {
          setFit({ key: jobKey, result: m.result });
          stop();
          setJob({ status: 'idle' });
        } else if (m.kind === 'step') {
          done = m.index + 1;
          setRolling((r) =>
            r && r.key === jobKey
              ? { key: jobKey, predictions: [...r.predictions, m.prediction] }
              : r,
          );
        } else if (m.kind === 'done') {
          stop();
          setJob({ status: 'idle' });
        } else {
          stop();
          setJob({ status: 'error', message: m.message });
        }
      };
      w.onerror = (e) => {
        stop();
        setJob({ status: 'error', message: e.message });
      };
      w.postMessage(request);
    },
    [stop],
  );

  // A new order invalidates a running job: its answer would belong to another model.
  useEffect(() => {
    stop();
    setJob((j) => (j.status === 'running' ? { status: 'stopped' } : j));
  }, [key, stop]);

  const order = { p: state.p, d: state.d, q: state.q };
  return (
    <div ref={ref}>
      <ArimaLabView
        lang={lang}
        state={state}
        setState={setState}
        sales={sales}
        loadError={loadError}
        fit={fit && fit.key === key ? fit.result : null}
        predictions={rolling && rolling.key === key ? rolling.predictions : []}
        job={job}
        onFit={() => sales && run({ kind: 'fit', series: sales, order })}
        onRolling={() => sales && run({ kind: 'rolling', series: sales, order })}
        onCancel={() => {
          stop();
          setJob({ status: 'stopped' });
        }}
        width={Math.max(280, Math.min(720, width))}
      />
    </div>
  );
}
