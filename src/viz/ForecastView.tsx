/**
 * A forecast: the history, then the truth and the model's prediction over the horizon (one-step:
 * each point predicted from the true past; multi-step: the model feeds on its own outputs), with
 * baselines overlaid as dashed lines and the forecast region shaded.
 */
import type { Bilingual, Lang } from '../lesson/lang';
import { Figure, type TableData } from './Figure';
import { LineChart, SeriesKey } from './LineChart';
import type { LineSeries } from './lineLayout';
import { MUTED, SERIES } from './constants';
import { fmt } from './scales';
import { say } from './strings';

export interface ForecastData {
  history: number[];
  truth: number[];
  prediction: number[];
  baselines?: { label: Bilingual; values: number[] }[];
}

export interface ForecastViewProps {
  lang: Lang;
  data: ForecastData;
  mode: 'oneStep' | 'multiStep';
  width?: number;
  height?: number;
}

/** Mean absolute error of `pred` against `truth` over the points both have. */
export function mae(pred: number[], truth: number[]): number {
  const n = Math.min(pred.length, truth.length);
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.abs(pred[i] - truth[i]);
  return n ? s / n : NaN;
}

export function forecastSeries(data: ForecastData, lang: Lang): LineSeries[] {
  const n = data.history.length;
  const last = { x: n - 1, y: data.history[n - 1] };
  const ahead = (v: number[]) => [last, ...v.map((y, k) => ({ x: n + k, y }))];
  return [
    {
      label: say('history', lang),
      points: data.history.map((y, x) => ({ x, y })),
      colour: SERIES[7],
    },
    { label: say('truth', lang), points: ahead(data.truth), colour: SERIES[0] },
    {
      label: say('prediction', lang),
      points: ahead(data.prediction),
      colour: SERIES[5],
      dots: true,
    },
    ...(data.baselines ?? []).map((b, i) => ({
      label: `${b.label[lang]} (MAE ${fmt(mae(b.values, data.truth))})`,
      points: ahead(b.values),
      colour: SERIES[(i + 2) % 8],
      dash: [5, 4],
    })),
  ];
}

export function ForecastView({ lang, data, mode, width = 640, height = 260 }: ForecastViewProps) {
  const series = forecastSeries(data, lang);
  const n = data.history.length;
  const table = (): TableData => ({
    caption: `${say('foreTitle', lang)} (${say(mode, lang)})`,
    columns: [
      say('timeStep', lang),
      say('history', lang),
      say('truth', lang),
      say('prediction', lang),
      ...(data.baselines ?? []).map((b) => b.label[lang]),
    ],
    rows: [
      ...data.history.map((v, t) => [t, fmt(v), '', '', ...(data.baselines ?? []).map(() => '')]),
      ...data.truth.map((v, k) => [
        n + k,
        '',
        fmt(v),
        fmt(data.prediction[k]),
        ...(data.baselines ?? []).map((b) => fmt(b.values[k])),
      ]),
    ],
  });
  return (
    <Figure
      lang={lang}
      title={`${say('foreTitle', lang)}: ${say(mode, lang)}`}
      description={say('foreDesc', lang)}
      table={table}
    >
      <SeriesKey series={series} />
      <p
        style={{ color: MUTED, margin: '0.25rem 0' }}
      >{`${say('prediction', lang)} MAE ${fmt(mae(data.prediction, data.truth))}`}</p>
      <LineChart
        width={width}
        height={height}
        series={series}
        bands={[
          {
            axis: 'x',
            from: n - 1,
            to: n + data.truth.length - 1,
            label: say(mode, lang),
            colour: SERIES[4],
          },
        ]}
        integerX
        xLabel={say('timeStep', lang)}
        yLabel={say('value', lang)}
        label={say('foreTitle', lang)}
      />
    </Figure>
  );
}
