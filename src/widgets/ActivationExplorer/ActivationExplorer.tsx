import { useMemo } from 'react';
import { scaleLinear } from 'd3';
import { ACTIVATIONS, activate, derivative, type ActivationName } from '../../engine/activations';
import { useLang } from '../../lesson/i18n';
import type { Lang } from '../../lesson/lang';
import { useWidgetState, type StateOf } from '../../lesson/urlState';
import { Select } from '../../controls/Select';
import { Slider } from '../../controls/Slider';
import { Figure, type TableData } from '../../viz/Figure';
import { LineChart, LineLegend, type ChartLine } from './LineChart';
import {
  X_MAX,
  X_MIN,
  activationCurves,
  formatFromLog10,
  formatValue,
  log10Abs,
  logDomain,
  loopRows,
  productRows,
} from './series';
import { fill, type StringKey } from './strings';
import './ActivationExplorer.css';

/** The settings in the URL: input x, highlighted function, steps T, recurrent weight w. */
export const SCHEMA = {
  x: { type: 'number', min: X_MIN, max: X_MAX, default: 1 },
  fn: { type: 'enum', values: ACTIVATIONS, default: 'tanh' },
  T: { type: 'int', min: 1, max: 100, default: 20 },
  w: { type: 'number', min: 0, max: 2, default: 1.5 },
} as const;

export type ExplorerState = StateOf<typeof SCHEMA>;

/** Okabe–Ito colours from the theme; each function also has its own dash pattern. */
const COLOUR: Record<ActivationName, string> = {
  sigmoid: 'var(--c0)',
  tanh: 'var(--c1)',
  relu: 'var(--c2)',
};
const DASH: Record<ActivationName, string | undefined> = {
  sigmoid: undefined,
  tanh: '8 3',
  relu: '2 3',
};
const BEST_DASH = '12 4 2 4';

/** Each function's symbol in formulas, readouts and table headers (the same in both languages). */
const SYMBOL: Record<ActivationName, string> = { sigmoid: 'σ', tanh: 'tanh', relu: 'ReLU' };

/** The plotted curves depend on nothing the student sets: computed once. */
const CURVES = activationCurves();

/** Whole-number ticks on a log10 axis, at most about six. */
function logTicks([lo, hi]: [number, number]): number[] {
  const span = hi - lo;
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => span / s <= 6) ?? 100;
  const out: number[] = [];
  for (let k = Math.ceil(lo / step) * step; k <= hi; k += step) out.push(k);
  return out;
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** 10^k written with superscript digits, e.g. 10⁻²⁰. */
function pow10Label(k: number): string {
  return `10${String(k).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c])}`;
}

function intTicks(domain: [number, number]): number[] {
  return scaleLinear().domain(domain).ticks(5).filter(Number.isInteger);
}

const formatTick = (v: number) => String(v).replace('-', '−');

export interface ActivationExplorerViewProps {
  lang: Lang;
  state: ExplorerState;
  setState: (patch: Partial<ExplorerState>) => void;
  /** Open both figures in table view (server rendering and tests). */
  initialTable?: boolean;
}

/** The explorer as a pure function of its settings; the default export binds them to the URL. */
export function ActivationExplorerView(props: ActivationExplorerViewProps) {
  const { lang, state, setState, initialTable = false } = props;
  const say = (key: StringKey, params?: Record<string, string | number>) => fill(lang, key, params);
  const { x, fn, T, w } = state;
  const xText = formatValue(x);

  const products = useMemo(() => productRows(x, T), [x, T]);
  const loops = useMemo(() => loopRows(w, T), [w, T]);

  const curveLines = (pick: 'value' | 'slope'): ChartLine[] =>
    ACTIVATIONS.map((a) => ({
      key: a,
      label: say(a),
      colour: COLOUR[a],
      dash: DASH[a],
      emphasis: a === fn,
      points: CURVES[a].map((p) => [p.x, p[pick]] as const),
    }));
  const curveMarkers = (pick: 'value' | 'slope') =>
    ACTIVATIONS.map((a) => ({
      key: a,
      x,
      y: pick === 'value' ? activate(a, x) : derivative(a, x),
      colour: COLOUR[a],
    }));

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

  const curvesTable = (): TableData => {
    const inputs = Array.from({ length: X_MAX - X_MIN + 1 }, (_, i) => X_MIN + i);
    if (!inputs.includes(x)) inputs.push(x);
    inputs.sort((a, b) => a - b);
    return {
      caption: say('curvesTable'),
      columns: ['x', ...ACTIVATIONS.flatMap((a) => [`${SYMBOL[a]}(x)`, `${SYMBOL[a]}′(x)`])],
      rows: inputs.map((v) => [
        formatValue(v),
        ...ACTIVATIONS.flatMap((a) => [formatValue(activate(a, v)), formatValue(derivative(a, v))]),
      ]),
    };
  };

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
    <div className="act-explorer">
      <Figure
        lang={lang}
        title={say('curvesTitle')}
        description={say('curvesDesc')}
        table={curvesTable}
        initialTable={initialTable}
        controls={
          <>
            <Slider
              label={say('x')}
              min={X_MIN}
              max={X_MAX}
              step={0.1}
              value={x}
              format={formatValue}
              onChange={(v) => setState({ x: v })}
            />
            <Select
              label={say('highlight')}
              value={fn}
              options={ACTIVATIONS.map((a) => ({ value: a, label: say(a) }))}
              onChange={(v) => setState({ fn: v })}
            />
          </>
        }
      >
        <div className="act-grid">
          <LineChart
            label={say('valuesChart')}
            xDomain={[X_MIN, X_MAX]}
            yDomain={[-1.2, 2]}
            xTicks={[-6, -4, -2, 0, 2, 4, 6]}
            yTicks={[-1, 0, 1, 2]}
            formatX={formatTick}
            formatY={formatTick}
            xLabel={say('xAxis')}
            yLabel={say('valuesAxis')}
            lines={curveLines('value')}
            rule={x}
            markers={curveMarkers('value')}
            guides={[0]}
          />
          <LineChart
            label={say('slopesChart')}
            xDomain={[X_MIN, X_MAX]}
            yDomain={[0, 1.1]}
            xTicks={[-6, -4, -2, 0, 2, 4, 6]}
            yTicks={[0, 0.25, 0.5, 0.75, 1]}
            formatX={formatTick}
            xLabel={say('xAxis')}
            yLabel={say('slopesAxis')}
            lines={curveLines('slope')}
            rule={x}
            markers={curveMarkers('slope')}
            guides={[0.25, 1]}
          />
        </div>
        <LineLegend lines={curveLines('value')} />
        <p className="act-readout" aria-live="polite">
          <strong>{say('readoutAt', { x: xText })}:</strong>{' '}
          {ACTIVATIONS.map((a) => (
            <span key={a} className="act-readout-item">
              {SYMBOL[a]}(x) = {formatValue(activate(a, x))}, {SYMBOL[a]}′(x) ={' '}
              {formatValue(derivative(a, x))}
            </span>
          ))}
        </p>
      </Figure>
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
    </div>
  );
}

export interface ActivationExplorerProps {
  id: string;
}

/** Sigmoid, tanh and ReLU with their derivatives, and what multiplying derivatives does (spec.ts). */
export default function ActivationExplorer({ id }: ActivationExplorerProps) {
  const lang = useLang();
  const [state, setState] = useWidgetState(id, SCHEMA);
  return <ActivationExplorerView lang={lang} state={state} setState={setState} />;
}
