/** The first figure: the three activations and their derivatives, read at one input x. */
import { ACTIVATIONS, activate, derivative } from '../../engine/activations';
import { Select } from '../../controls/Select';
import { Slider } from '../../controls/Slider';
import { Figure, type TableData } from '../../viz/Figure';
import { LineChart, LineLegend, type ChartLine } from './LineChart';
import { COLOUR, DASH, SYMBOL, formatTick } from './look';
import type { ExplorerFigureProps } from './schema';
import { X_MAX, X_MIN, activationCurves, formatValue } from './series';
import { fill, type StringKey } from './strings';

/** The plotted curves depend on nothing the student sets: computed once. */
const CURVES = activationCurves();
const X_TICKS = [-6, -4, -2, 0, 2, 4, 6];

export function CurvesFigure({ lang, state, setState, initialTable = false }: ExplorerFigureProps) {
  const say = (key: StringKey, params?: Record<string, string | number>) => fill(lang, key, params);
  const { x, fn } = state;
  const xText = formatValue(x);

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

  return (
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
          xTicks={X_TICKS}
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
          xTicks={X_TICKS}
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
        {ACTIVATIONS.map((a, i) => (
          <span key={a} className="act-readout-item">
            {SYMBOL[a]}(x) = {formatValue(activate(a, x))}, {SYMBOL[a]}′(x) ={' '}
            {formatValue(derivative(a, x))}
            {/* A separator screen readers hear; the layout spaces the items anyway. */}
            {i < ACTIVATIONS.length - 1 ? '; ' : '.'}
          </span>
        ))}
      </p>
    </Figure>
  );
}
