import { useMemo, useRef } from 'react';
import { useLang } from '../../lesson/i18n';
import type { Lang } from '../../lesson/lang';
import { useWidgetState, type Schema, type StateOf } from '../../lesson/urlState';
import { Slider } from '../../controls';
import { Figure, type TableData } from '../../viz/Figure';
import { LineChart } from '../../viz/LineChart';
import { useSize } from '../../viz/hooks';
import { fmt } from '../../viz/scales';
import { AcfChart } from './AcfChart';
import { SERIES_LENGTH, coefficients, formula, modelName, simulate } from './model';
import { fill, type StringKey } from './strings';
import './ArmaSimulator.css';

const order = (v: number | undefined, fallback: number) =>
  v !== undefined && Number.isFinite(v) ? Math.min(2, Math.max(0, Math.round(v))) : fallback;

/** The settings in the URL; the lesson's p and q props only choose the defaults. */
export function makeSchema(p = 1, q = 0) {
  return {
    p: { type: 'int', min: 0, max: 2, default: order(p, 1) },
    q: { type: 'int', min: 0, max: 2, default: order(q, 0) },
    phi1: { type: 'number', min: -2, max: 2, default: 0.6 },
    phi2: { type: 'number', min: -2, max: 2, default: -0.2 },
    theta1: { type: 'number', min: -2, max: 2, default: 0.5 },
    theta2: { type: 'number', min: -2, max: 2, default: 0.2 },
    seed: { type: 'int', min: 1, max: 99999, default: 7 },
  } as const satisfies Schema;
}

export type ArmaState = StateOf<ReturnType<typeof makeSchema>>;

export interface ArmaSimulatorViewProps {
  lang: Lang;
  state: ArmaState;
  setState: (patch: Partial<ArmaState>) => void;
  width?: number;
  initialTable?: boolean;
}

export function ArmaSimulatorView(props: ArmaSimulatorViewProps) {
  const { lang, state, setState, width = 640, initialTable = false } = props;
  const say = (key: StringKey, params?: Record<string, string | number>) => fill(lang, key, params);
  const sim = useMemo(() => simulate(state), [state]);
  const { phi, theta } = coefficients(state);
  const name =
    modelName(phi.length, theta.length) +
    (phi.length + theta.length === 0 ? ` ${say('whiteNoise')}` : '');
  const height = Math.round(Math.min(280, Math.max(200, width * 0.42)));
  const mean = sim.x.reduce((s, v) => s + v, 0) / sim.x.length;
  const sd = Math.sqrt(sim.x.reduce((s, v) => s + (v - mean) ** 2, 0) / sim.x.length);
  const coef = (key: 'phi1' | 'phi2' | 'theta1' | 'theta2', hidden: boolean) => (
    <Slider
      label={say(key)}
      min={-2}
      max={2}
      step={0.05}
      value={state[key]}
      hidden={hidden}
      format={(v) => v.toFixed(2)}
      onChange={(v) => setState({ [key]: Math.round(v * 100) / 100 })}
    />
  );
  const tables = (): TableData[] => [
    {
      caption: say('tableCaption'),
      columns: [say('tCol'), say('zCol'), say('aCol')],
      rows: sim.x.map((v, t) => [t + 1, fmt(v), fmt(sim.shocks[t])]),
    },
    {
      caption: say('acfCaption'),
      columns: [say('lagCol'), say('sampleCol'), say('theoryCol')],
      rows: sim.sampleAcf.map((v, k) => [k, fmt(v), sim.theory ? fmt(sim.theory[k]) : '–']),
    },
  ];
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
            label={say('p')}
            min={0}
            max={2}
            step={1}
            value={state.p}
            onChange={(v) => setState({ p: Math.round(v) })}
          />
          <Slider
            label={say('q')}
            min={0}
            max={2}
            step={1}
            value={state.q}
            onChange={(v) => setState({ q: Math.round(v) })}
          />
          {coef('phi1', state.p < 1)}
          {coef('phi2', state.p < 2)}
          {coef('theta1', state.q < 1)}
          {coef('theta2', state.q < 2)}
          <button
            type="button"
            className="viz-button"
            data-testid="arma-reseed"
            onClick={() => setState({ seed: state.seed >= 99999 ? 1 : state.seed + 1 })}
          >
            {say('reseed')}
          </button>
          <span>{say('seed', { seed: state.seed })}</span>
        </>
      }
    >
      <p data-testid="arma-formula">
        <strong>{say('model', { name })}</strong> <code>{formula(phi, theta)}</code>
      </p>
      <LineChart
        width={width}
        height={height}
        series={[
          {
            label: say('series'),
            colour: 'var(--c0)',
            points: sim.x.map((y, t) => ({ x: t + 1, y })),
          },
        ]}
        xDomain={[1, SERIES_LENGTH]}
        integerX
        label={say('seriesChart', { name })}
        xLabel={say('timeAxis')}
        yLabel={say('valueAxis')}
      />
      <AcfChart
        width={width}
        height={Math.round(height * 0.85)}
        sample={sim.sampleAcf}
        theory={sim.theory}
        n={SERIES_LENGTH}
        label={say('acfChart')}
        xLabel={say('lagAxis')}
        yLabel={say('acfAxis')}
      />
      <p className="viz-desc">{say('acfKey')}</p>
      <div aria-live="polite" data-testid="arma-status">
        {sim.stationary ? (
          <p>{say('stationary')}</p>
        ) : (
          <p role="alert" className="arma-warning">
            <strong>{say('nonStationary')}</strong> {say('noTheory')}
          </p>
        )}
        <p>{say('stats', { m: fmt(mean), s: fmt(sd), r1: fmt(sim.sampleAcf[1]) })}</p>
      </div>
    </Figure>
  );
}

export interface ArmaSimulatorProps {
  id: string;
  p?: number;
  q?: number;
}

/** AR / MA / ARMA with coefficient sliders, seeded (spec.ts). */
export default function ArmaSimulator({ id, p, q }: ArmaSimulatorProps) {
  const lang = useLang();
  const schema = useMemo(() => makeSchema(p, q), [p, q]);
  const [state, setState] = useWidgetState(id, schema);
  const ref = useRef<HTMLDivElement>(null);
  const { width } = useSize(ref);
  return (
    <div ref={ref}>
      <ArmaSimulatorView
        lang={lang}
        state={state}
        setState={setState}
        width={Math.max(280, Math.min(720, width))}
      />
    </div>
  );
}
