/**
 * The second figure: what multiplying T derivatives does (φ′(x)^t and the best cases at x = 0) and
 * the one-unit loop h ← φ(w·h), both on log scales.
 */
import { useMemo } from 'react';
import { ACTIVATIONS } from '../../engine/activations';
import { Slider } from '../../controls/Slider';
import { Figure, type TableData } from '../../viz/Figure';
import { LineChart, LineLegend, type ChartLine } from './LineChart';
import { BEST_DASH, COLOUR, DASH, intTicks, logTicks, pow10Label } from './look';
import type { ExplorerFigureProps } from './schema';
import { formatFromLog10, formatValue, log10Abs, logDomain, loopRows, productRows } from './series';
import { fill, type StringKey } from './strings';

export function ProductsFigure({
  lang,
  state,
  setState,
  initialTable = false,
}: ExplorerFigureProps) {
  const say = (key: StringKey, params?: Record<string, string | number>) => fill(lang, key, params);
  const { x, fn, T, w } = state;
  const xText = formatValue(x);

  const products = useMemo(() => productRows(x, T), [x, T]);
  const loops = useMemo(() => loopRows(w, T), [w, T]);

  const productLines: ChartLine[] = [
    ...ACTIVATIONS.map((a) => ({
      key: a,
      label: say(`${a}AtX` as StringKey),
      colour: COLOUR[a],
      dash: DASH[a],
      emphasis: a === fn,
      points: products.map((r) => [r.t, r.atX[a]] as const),
    })),
    {
      key: 'sigmoidBest',
      label: say('sigmoidBest'),
      colour: COLOUR.sigmoid,
      dash: BEST_DASH,
      points: products.map((r) => [r.t, r.sigmoidBest] as const),
    },
    {
      key: 'tanhBest',
      label: say('tanhBest'),
      colour: COLOUR.tanh,
      dash: BEST_DASH,
      points: products.map((r) => [r.t, r.tanhBest] as const),
    },
  ];
  const productDomain = logDomain(productLines.flatMap((l) => l.points.map((p) => p[1])));

  const loopLines: ChartLine[] = [
    {
      key: 'relu',
      label: say('reluLoop'),
      colour: COLOUR.relu,
      dash: DASH.relu,
      emphasis: fn === 'relu',
      points: loops.map((r) => [r.t, log10Abs(r.reluGradient)] as const),
    },
    {
      key: 'tanh',
      label: say('tanhLoop'),
      colour: COLOUR.tanh,
      dash: DASH.tanh,
      emphasis: fn === 'tanh',
      points: loops.map((r) => [r.t, log10Abs(r.tanhGradient)] as const),
    },
  ];
  const loopDomain = logDomain(loopLines.flatMap((l) => l.points.map((p) => p[1])));

  const last = products[products.length - 1];
  const lastLoop = loops[loops.length - 1];
  const productXDomain: [number, number] = [1, Math.max(2, T)];
  const loopXDomain: [number, number] = [0, Math.max(1, T)];

  const productTables = (): TableData[] => [
    {
      caption: say('productsTable', { x: xText }),
      columns: [say('stepCol'), ...productLines.map((l) => l.label)],
      rows: products.map((r) => [
        r.t,
        ...ACTIVATIONS.map((a) => formatFromLog10(r.atX[a])),
        formatFromLog10(r.sigmoidBest),
        formatFromLog10(r.tanhBest),
      ]),
    },
    {
      caption: say('loopTable', { w: formatValue(w) }),
      columns: [
        say('stepCol'),
        say('stateCol', { fn: 'ReLU' }),
        say('gradCol', { fn: 'ReLU' }),
        say('stateCol', { fn: 'tanh' }),
        say('gradCol', { fn: 'tanh' }),
      ],
      rows: loops.map((r) => [
        r.t,
        formatValue(r.reluState),
        formatValue(r.reluGradient),
        formatValue(r.tanhState),
        formatValue(r.tanhGradient),
      ]),
    },
  ];

  return (
    <Figure
      lang={lang}
      title={say('productsTitle')}
      description={say('productsDesc')}
      table={productTables}
      initialTable={initialTable}
      controls={
        <>
          <Slider
            label={say('steps')}
            min={1}
            max={100}
            step={1}
            value={T}
            onChange={(v) => setState({ T: Math.round(v) })}
          />
          <Slider
            label={say('weight')}
            min={0}
            max={2}
            step={0.05}
            value={w}
            format={formatValue}
            onChange={(v) => setState({ w: v })}
          />
        </>
      }
    >
      <div className="act-grid">
        <div>
          <LineChart
            label={say('productsChart', { T })}
            xDomain={productXDomain}
            yDomain={productDomain}
            xTicks={intTicks(productXDomain)}
            yTicks={logTicks(productDomain)}
            formatY={pow10Label}
            xLabel={say('stepAxis')}
            yLabel={say('productAxis')}
            lines={productLines}
            guides={[0]}
          />
          <LineLegend lines={productLines} />
        </div>
        <div>
          <LineChart
            label={say('loopChart', { T })}
            xDomain={loopXDomain}
            yDomain={loopDomain}
            xTicks={intTicks(loopXDomain)}
            yTicks={logTicks(loopDomain)}
            formatY={pow10Label}
            xLabel={say('stepAxis')}
            yLabel={say('loopAxis')}
            lines={loopLines}
            guides={[0]}
          />
          <LineLegend lines={loopLines} />
        </div>
      </div>
      <div className="act-readout" aria-live="polite">
        <p>
          {say('summary', {
            T,
            x: xText,
            s: formatFromLog10(last.atX.sigmoid),
            t: formatFromLog10(last.atX.tanh),
            r: formatFromLog10(last.atX.relu),
            sb: formatFromLog10(last.sigmoidBest),
          })}
        </p>
        <p>
          {say('loopSummary', {
            T,
            w: formatValue(w),
            rh: formatValue(lastLoop.reluState),
            rg: formatValue(lastLoop.reluGradient),
            th: formatValue(lastLoop.tanhState),
            tg: formatValue(lastLoop.tanhGradient),
          })}
        </p>
      </div>
    </Figure>
  );
}
