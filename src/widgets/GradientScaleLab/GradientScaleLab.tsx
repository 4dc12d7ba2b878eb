import { useMemo } from 'react';
import { useLang } from '../../lesson/i18n';
import type { Lang } from '../../lesson/lang';
import { useWidgetState, type StateOf } from '../../lesson/urlState';
import { Select, Slider } from '../../controls';
import { Figure, type TableData } from '../../viz/Figure';
import { LineChart } from '../../viz/LineChart';
import { Sized } from '../../viz/Sized';
import { classifySteps, gradientRanges } from '../../viz/GradientFlow';
import { SERIES } from '../../viz/constants';
import { fmt } from '../../viz/scales';
import { gradientProfile, type Metric } from './gradients';
import { fill, type StringKey } from './strings';
import './GradientScaleLab.css';

export const SCHEMA = {
  rho: { type: 'number', min: 0.1, max: 2, default: 0.9 },
  T: { type: 'int', min: 5, max: 100, default: 40 },
  units: { type: 'int', min: 2, max: 32, default: 8 },
  amp: { type: 'number', min: 0.0001, max: 2, default: 0.01 },
  metric: { type: 'enum', values: ['loss', 'jacobian'], default: 'loss' },
  seed: { type: 'int', min: 1, max: 9999, default: 1 },
} as const;

export type ScaleState = StateOf<typeof SCHEMA>;

/** Mean |h| above this counts as partly saturated (tanh′ = 1 − h² is then well below 1). */
const SATURATION = 0.2;

export interface GradientScaleLabViewProps {
  lang: Lang;
  state: ScaleState;
  setState: (patch: Partial<ScaleState>) => void;
  initialTable?: boolean;
}

export function GradientScaleLabView(props: GradientScaleLabViewProps) {
  const { lang, state, setState, initialTable = false } = props;
  const say = (key: StringKey, params?: Record<string, string | number>) => fill(lang, key, params);
  const { rho, T, units, amp, metric, seed } = state;
  const p = useMemo(
    () => gradientProfile({ rho, T, units, amp, metric, seed }),
    [rho, T, units, amp, metric, seed],
  );
  const { vanishBelow, explodeAbove } = gradientRanges(p.exact);
  const { vanishing, exploding } = classifySteps(p.exact);
  const all = [...p.exact, ...p.bound].filter((v) => Number.isFinite(v) && v > 0);
  const lo = Math.max(1e-30, Math.min(...all, vanishBelow) / 3);
  const hi = Math.min(1e30, Math.max(...all, explodeAbove) * 3);
  const label = say(metric);
  const ratio = p.exact[0] / p.exact[T - 1];
  const per = ratio ** (1 / (T - 1));
  const verdict = exploding.length
    ? say('verdictExplode', { n: exploding.length, T })
    : vanishing.length
      ? say('verdictVanish', { n: vanishing.length, T })
      : say('verdictStable');
  const table = (): TableData => ({
    caption: say('tableCaption', { rho: fmt(rho), amp: fmt(amp) }),
    columns: [say('colT'), `${label} (${say('exact')})`, say('bound')],
    rows: p.exact.map((v, t) => [t + 1, fmt(v), fmt(p.bound[t])]),
  });
  return (
    <Figure
      lang={lang}
      title={say('title')}
      description={say('desc')}
      table={table}
      initialTable={initialTable}
      controls={
        <>
          <Slider
            label={say('rho')}
            min={0.1}
            max={2}
            step={0.05}
            value={rho}
            onChange={(v) => setState({ rho: v })}
          />
          <Slider
            label={say('steps')}
            min={5}
            max={100}
            step={1}
            value={T}
            onChange={(v) => setState({ T: Math.round(v) })}
          />
          <Slider
            label={say('amp')}
            min={0.0001}
            max={2}
            log
            positions={80}
            value={amp}
            onChange={(v) => setState({ amp: v })}
          />
          <Slider
            label={say('units')}
            min={2}
            max={32}
            step={1}
            value={units}
            onChange={(v) => setState({ units: Math.round(v) })}
          />
          <Select
            label={say('metric')}
            value={metric}
            options={(['loss', 'jacobian'] as Metric[]).map((m) => ({ value: m, label: say(m) }))}
            onChange={(v) => setState({ metric: v })}
          />
          <button
            type="button"
            className="viz-button"
            data-testid="gradscale-new-weights"
            onClick={() => setState({ seed: (seed % 9999) + 1 })}
          >
            {say('seed')}
          </button>
        </>
      }
    >
      <Sized>
        {(width) => (
          <LineChart
            width={width}
            // Drawn at its real width so labels keep their size on a phone.
            height={width < 480 ? 240 : 280}
            log
            integerX
            xDomain={[1, T]}
            yDomain={[lo, hi]}
            series={[
              {
                label: `${label} (${say('exact')})`,
                points: p.exact.map((y, t) => ({ x: t + 1, y })),
                colour: SERIES[0],
                dots: T <= 40,
              },
              {
                label: say('bound'),
                points: p.bound.map((y, t) => ({ x: t + 1, y })),
                colour: SERIES[5],
                dash: [6, 4],
              },
            ]}
            bands={[
              { axis: 'y', from: lo, to: vanishBelow, label: say('vanishing'), colour: SERIES[4] },
              { axis: 'y', from: explodeAbove, to: hi, label: say('exploding'), colour: SERIES[5] },
            ]}
            xLabel={say('xAxis')}
            yLabel={`${label} ${say('yAxis')}`}
            label={say('chart', { rho: fmt(rho) })}
          />
        )}
      </Sized>
      <ul className="gs-legend">
        <li>
          <span className="gs-swatch" style={{ borderTopColor: SERIES[0] }} aria-hidden="true" />
          {label} ({say('exact')})
        </li>
        <li>
          <span
            className="gs-swatch gs-dashed"
            style={{ borderTopColor: SERIES[5] }}
            aria-hidden="true"
          />
          {say('bound')}
        </li>
      </ul>
      <p className="gs-live" aria-live="polite" data-testid="gradscale-live">
        {say('live', { T, ratio: fmt(ratio), per: fmt(per), rho: fmt(rho), verdict })}{' '}
        {say('regime', {
          m: fmt(p.meanAbsState),
          what: say(p.meanAbsState > SATURATION ? 'saturated' : 'linear'),
        })}
      </p>
    </Figure>
  );
}

export interface GradientScaleLabProps {
  id: string;
  rho?: number;
}

export default function GradientScaleLab({ id, rho = 0.9 }: GradientScaleLabProps) {
  const lang = useLang();
  const schema = useMemo(
    () => ({
      ...SCHEMA,
      rho: { ...SCHEMA.rho, default: Math.min(SCHEMA.rho.max, Math.max(SCHEMA.rho.min, rho)) },
    }),
    [rho],
  );
  const [state, setState] = useWidgetState(id, schema);
  return <GradientScaleLabView lang={lang} state={state} setState={setState} />;
}
