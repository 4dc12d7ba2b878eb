import { useMemo, useRef } from 'react';
import { useLang } from '../../lesson/i18n';
import type { Lang } from '../../lesson/lang';
import { useWidgetState, type StateOf } from '../../lesson/urlState';
import { Select, Slider, Toggle } from '../../controls';
import { Figure, type TableData } from '../../viz/Figure';
import { LineChart, SeriesKey } from '../../viz/LineChart';
import type { Band, LineSeries } from '../../viz/lineLayout';
import { useSize } from '../../viz/hooks';
import { fmt } from '../../viz/scales';
import { WEEKS, changes, column, correlation, minMax, windowWeeks } from './data';
import { fill, type StringKey } from './strings';

/** The settings in the URL: which columns show, how, and the week predicted from a window. */
export const SCHEMA = {
  search: { type: 'boolean', default: true },
  price: { type: 'boolean', default: true },
  view: { type: 'enum', values: ['separate', 'overlay'], default: 'separate' },
  target: { type: 'int', min: 1, max: WEEKS.length, default: 12 },
  window: { type: 'int', min: 1, max: 8, default: 5 },
} as const;

export type WeeklyState = StateOf<typeof SCHEMA>;

const SEARCH = column('search');
/** Prices in thousands of won: three-digit tick labels instead of 9.32e+5. */
const PRICE_K = column('price').map((v) => v / 1000);
const R = correlation(SEARCH, PRICE_K);
const R_CHANGES = correlation(changes(SEARCH), changes(PRICE_K));
const COLOUR = { search: 'var(--c0)', price: 'var(--c1)' } as const;

const points = (values: number[]) => values.map((y, i) => ({ x: i + 1, y }));

export interface WeeklySeriesViewProps {
  lang: Lang;
  state: WeeklyState;
  setState: (patch: Partial<WeeklyState>) => void;
  width?: number;
  initialTable?: boolean;
}

/** The explorer as a pure function of its settings; the default export binds them to the URL. */
export function WeeklySeriesView(props: WeeklySeriesViewProps) {
  const { lang, state, setState, width = 640, initialTable = false } = props;
  const say = (key: StringKey, params?: Record<string, string | number>) => fill(lang, key, params);
  const t = state.target - 1;
  const inWindow = windowWeeks(t, state.window);
  const bands: Band[] = [
    ...(inWindow.length
      ? [
          {
            axis: 'x' as const,
            from: inWindow[0] + 0.5,
            to: t + 0.5,
            label: say('windowBand'),
            colour: 'var(--c2)',
          },
        ]
      : []),
    { axis: 'x', from: t + 0.5, to: t + 1.5, label: say('targetBand'), colour: 'var(--c4)' },
  ];
  const height = Math.round(Math.min(280, Math.max(200, width * 0.45)));
  const chart = (label: string, yLabel: string, series: LineSeries[]) => (
    <LineChart
      width={width}
      height={height}
      series={series}
      bands={bands}
      xDomain={[0.5, WEEKS.length + 0.5]}
      integerX
      label={label}
      xLabel={say('weekAxis')}
      yLabel={yLabel}
    />
  );
  const searchSeries: LineSeries = {
    label: say('search'),
    colour: COLOUR.search,
    points: points(state.view === 'overlay' ? minMax(SEARCH) : SEARCH),
    dots: true,
  };
  const priceSeries: LineSeries = {
    label: say('price'),
    colour: COLOUR.price,
    dash: [6, 3],
    points: points(state.view === 'overlay' ? minMax(PRICE_K) : PRICE_K),
    dots: true,
  };
  const shown = [state.search && searchSeries, state.price && priceSeries].filter(
    (s): s is LineSeries => s !== false,
  );
  const table = (): TableData => ({
    caption: say('tableCaption'),
    columns: [say('weekCol'), say('dateCol'), say('searchCol'), say('priceCol')],
    rows: WEEKS.map((w, i) => [i + 1, w.date, w.search, w.price.toLocaleString('en-US')]),
  });
  const list = (values: number[]) => inWindow.map((k) => values[k]).join(', ');
  return (
    <Figure
      lang={lang}
      title={say('title')}
      description={say('desc')}
      table={table}
      initialTable={initialTable}
      controls={
        <>
          <Toggle
            label={say('search')}
            checked={state.search}
            onChange={(v) => setState({ search: v })}
          />
          <Toggle
            label={say('price')}
            checked={state.price}
            onChange={(v) => setState({ price: v })}
          />
          <Select
            label={say('view')}
            value={state.view}
            options={[
              { value: 'separate', label: say('separate') },
              { value: 'overlay', label: say('overlay') },
            ]}
            onChange={(v) => setState({ view: v })}
          />
          <Slider
            label={say('target')}
            min={1}
            max={WEEKS.length}
            step={1}
            value={state.target}
            onChange={(v) => setState({ target: Math.round(v) })}
          />
          <Slider
            label={say('window')}
            min={1}
            max={8}
            step={1}
            value={state.window}
            onChange={(v) => setState({ window: Math.round(v) })}
          />
        </>
      }
    >
      {shown.length === 0 ? (
        <p role="status">{say('nothing')}</p>
      ) : state.view === 'overlay' ? (
        chart(say('overlayChart'), say('scaledAxis'), shown)
      ) : (
        <>
          {state.search && chart(say('searchChart'), say('search'), [searchSeries])}
          {state.price && chart(say('priceChart'), say('priceAxis'), [priceSeries])}
        </>
      )}
      {shown.length > 0 && <SeriesKey series={shown} />}
      <div aria-live="polite" data-testid="weekly-readout">
        <p>
          {inWindow.length
            ? say('readout', {
                t: t + 1,
                date: WEEKS[t].date,
                from: inWindow[0] + 1,
                to: inWindow[inWindow.length - 1] + 1,
                s: list(SEARCH),
                p: inWindow.map((k) => WEEKS[k].price.toLocaleString('en-US')).join(' · '),
              })
            : say('readoutEmpty', { t: t + 1 })}
        </p>
        <p>{say('corr', { r: fmt(R), rc: fmt(R_CHANGES) })}</p>
      </div>
    </Figure>
  );
}

export interface WeeklySeriesProps {
  id: string;
}

/** The notes' weekly search / stock-price table as a series to explore (spec.ts). */
export default function WeeklySeries({ id }: WeeklySeriesProps) {
  const lang = useLang();
  const [state, setState] = useWidgetState(id, SCHEMA);
  const ref = useRef<HTMLDivElement>(null);
  const { width } = useSize(ref);
  const w = useMemo(() => Math.max(280, Math.min(720, width)), [width]);
  return (
    <div ref={ref}>
      <WeeklySeriesView lang={lang} state={state} setState={setState} width={w} />
    </div>
  );
}
