import { useMemo, useRef } from 'react';
import { useLang } from '../../lesson/i18n';
import type { Lang } from '../../lesson/lang';
import { useWidgetState, type StateOf } from '../../lesson/urlState';
import { Slider, Toggle } from '../../controls';
import { Figure, type TableData } from '../../viz/Figure';
import { LineChart, SeriesKey } from '../../viz/LineChart';
import type { LineSeries } from '../../viz/lineLayout';
import { useSize } from '../../viz/hooks';
import { fmt } from '../../viz/scales';
import { SEASON_PERIOD, compose, halfStats, movingAverage, verdict } from './compose';
import { fill, type StringKey } from './strings';

/** The settings in the URL: every component's size and the noise seed. */
export const SCHEMA = {
  trend: { type: 'number', min: -2, max: 2, default: 0.5 },
  cycleAmp: { type: 'number', min: 0, max: 3, default: 1 },
  cyclePeriod: { type: 'int', min: 18, max: 48, default: 30 },
  seasonAmp: { type: 'number', min: 0, max: 3, default: 1 },
  noise: { type: 'number', min: 0, max: 2, default: 0.4 },
  growth: { type: 'number', min: 0, max: 4, default: 0 },
  seed: { type: 'int', min: 1, max: 99999, default: 1 },
  parts: { type: 'boolean', default: false },
} as const;

export type ComposerState = StateOf<typeof SCHEMA>;

/** Ten years of months. */
export const MONTHS = 120;

const pts = (v: number[]) => v.map((y, i) => ({ x: i, y }));

export interface SeriesComposerViewProps {
  lang: Lang;
  state: ComposerState;
  setState: (patch: Partial<ComposerState>) => void;
  width?: number;
  initialTable?: boolean;
}

export function SeriesComposerView(props: SeriesComposerViewProps) {
  const { lang, state, setState, width = 640, initialTable = false } = props;
  const say = (key: StringKey, params?: Record<string, string | number>) => fill(lang, key, params);
  const series = useMemo(() => compose({ ...state, n: MONTHS }), [state]);
  const average = useMemo(() => movingAverage(series.total, SEASON_PERIOD), [series]);
  const stats = halfStats(series.total);
  const reading = verdict(stats);
  const height = Math.round(Math.min(300, Math.max(200, width * 0.45)));
  const main: LineSeries[] = [
    { label: say('total'), colour: 'var(--c0)', points: pts(series.total) },
    { label: say('average'), colour: 'var(--c5)', dash: [6, 3], points: pts(average) },
  ];
  const parts: LineSeries[] = [
    { label: say('trendPart'), colour: 'var(--c1)', points: pts(series.trend) },
    { label: say('cyclePart'), colour: 'var(--c2)', dash: [8, 3], points: pts(series.cycle) },
    { label: say('seasonPart'), colour: 'var(--c3)', dash: [2, 3], points: pts(series.season) },
    {
      label: say('irregularPart'),
      colour: 'var(--c6)',
      dash: [10, 3, 2, 3],
      points: pts(series.irregular),
    },
  ];
  const table = (): TableData => ({
    caption: say('tableCaption'),
    columns: [
      say('monthAxis'),
      say('trendPart'),
      say('cyclePart'),
      say('seasonPart'),
      say('irregularPart'),
      say('total'),
    ],
    rows: series.total.map((v, t) => [
      t,
      fmt(series.trend[t]),
      fmt(series.cycle[t]),
      fmt(series.season[t]),
      fmt(series.irregular[t]),
      fmt(v),
    ]),
  });
  const slider = (
    key: 'trend' | 'cycleAmp' | 'cyclePeriod' | 'seasonAmp' | 'noise' | 'growth',
    step: number,
  ) => (
    <Slider
      label={say(key)}
      min={SCHEMA[key].min}
      max={SCHEMA[key].max}
      step={step}
      value={state[key]}
      onChange={(v) => setState({ [key]: key === 'cyclePeriod' ? Math.round(v) : v })}
    />
  );
  return (
    <Figure
      lang={lang}
      title={say('title')}
      description={say('desc')}
      table={table}
      initialTable={initialTable}
      controls={
        <>
          {slider('trend', 0.1)}
          {slider('cycleAmp', 0.1)}
          {slider('cyclePeriod', 1)}
          {slider('seasonAmp', 0.1)}
          {slider('noise', 0.05)}
          {slider('growth', 0.25)}
          <Toggle
            label={say('parts')}
            checked={state.parts}
            onChange={(v) => setState({ parts: v })}
          />
          <button
            type="button"
            className="viz-button"
            data-testid="composer-reseed"
            onClick={() => setState({ seed: state.seed >= SCHEMA.seed.max ? 1 : state.seed + 1 })}
          >
            {say('reseed')}
          </button>
          <span>{say('seed', { seed: state.seed })}</span>
        </>
      }
    >
      <LineChart
        width={width}
        height={height}
        series={main}
        xDomain={[0, MONTHS - 1]}
        integerX
        label={say('totalChart')}
        xLabel={say('monthAxis')}
        yLabel={say('valueAxis')}
      />
      <SeriesKey series={main} />
      {state.parts && (
        <>
          <LineChart
            width={width}
            height={height}
            series={parts}
            xDomain={[0, MONTHS - 1]}
            integerX
            label={say('partsChart')}
            xLabel={say('monthAxis')}
            yLabel={say('valueAxis')}
          />
          <SeriesKey series={parts} />
        </>
      )}
      <div aria-live="polite" data-testid="composer-reading">
        <p>
          {say('halves', {
            m1: fmt(stats.mean[0]),
            v1: fmt(stats.variance[0]),
            m2: fmt(stats.mean[1]),
            v2: fmt(stats.variance[1]),
          })}
        </p>
        <p>
          <strong>{say(reading)}</strong>
        </p>
      </div>
      <p className="viz-desc">{say('rule')}</p>
    </Figure>
  );
}

export interface SeriesComposerProps {
  id: string;
}

/** Trend, cycle, season and noise sliders composing one monthly series (spec.ts). */
export default function SeriesComposer({ id }: SeriesComposerProps) {
  const lang = useLang();
  const [state, setState] = useWidgetState(id, SCHEMA);
  const ref = useRef<HTMLDivElement>(null);
  const { width } = useSize(ref);
  return (
    <div ref={ref}>
      <SeriesComposerView
        lang={lang}
        state={state}
        setState={setState}
        width={Math.max(280, Math.min(720, width))}
      />
    </div>
  );
}
