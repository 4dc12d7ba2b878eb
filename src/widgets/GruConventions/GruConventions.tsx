/**
 * S9.3: a GRU written in either convention for h(t) is the same model once the update gate's
 * weights change sign (σ(−a) = 1 − σ(a)). Computed on the page with the plain-TypeScript cell of
 * CellWalkthrough/tinyCells.ts (the engine's `swapUpdateGateConvention` does the same to tfjs
 * weights, but tfjs stays out of the page).
 */
import { useMemo } from 'react';
import { useLang } from '../../lesson/i18n';
import type { Lang } from '../../lesson/lang';
import { useWidgetState, type StateOf } from '../../lesson/urlState';
import { Slider } from '../../controls';
import { Figure, type TableData } from '../../viz/Figure';
import { LineChart } from '../../viz/LineChart';
import { Sized } from '../../viz/Sized';
import { SERIES } from '../../viz/constants';
import { fmt } from '../../viz/scales';
import {
  maxAbsDiff,
  randomCellWeights,
  randomInputs,
  runCell,
  swapUpdateGate,
} from '../CellWalkthrough/tinyCells';
import { fill, type StringKey } from './strings';

export const SCHEMA = {
  seed: { type: 'int', min: 1, max: 999, default: 3 },
  swap: { type: 'boolean', default: true },
  unit: { type: 'int', min: 1, max: 3, default: 1 },
} as const;

export type ConventionState = StateOf<typeof SCHEMA>;

const UNITS = 3;
const STEPS = 12;
/** Below this the two runs agree to float64 rounding. */
const SAME = 1e-9;

/** Both runs for a setting: Keras with w, the other convention with w or its swapped copy. */
export function conventionRuns(state: ConventionState) {
  const w = randomCellWeights('gru', 1, UNITS, state.seed, 1.2);
  const xs = randomInputs(STEPS, 1, state.seed + 1);
  const other = state.swap ? swapUpdateGate(w) : w;
  const keras = runCell(w, xs, 'keras');
  const alt = runCell(other, xs, 'candidate');
  return {
    keras,
    alt,
    diff: maxAbsDiff(keras.hidden, alt.hidden),
    bias: [w.gates.z.b, other.gates.z.b] as const,
  };
}

export function GruConventionsView({
  lang,
  state,
  setState,
  initialTable = false,
}: {
  lang: Lang;
  state: ConventionState;
  setState: (patch: Partial<ConventionState>) => void;
  initialTable?: boolean;
}) {
  const say = (key: StringKey, params?: Record<string, string | number>) => fill(lang, key, params);
  const { keras, alt, diff, bias } = useMemo(() => conventionRuns(state), [state]);
  const u = Math.min(UNITS, Math.max(1, state.unit)) - 1;
  const col = (m: number[][]) => m.map((row, t) => ({ x: t + 1, y: row[u] }));
  const series = [
    { label: say('hKeras'), points: col(keras.hidden), colour: SERIES[0], dots: true },
    { label: say('hOther'), points: col(alt.hidden), colour: SERIES[1], dash: [6, 4] },
    { label: say('zKeras'), points: col(keras.gates.z), colour: SERIES[2] },
    { label: say('zOther'), points: col(alt.gates.z), colour: SERIES[3], dash: [6, 4] },
  ];
  const table = (): TableData => ({
    caption: say('tableCaption', { unit: u + 1 }),
    columns: [say('colT'), say('hKeras'), say('hOther'), say('zKeras'), say('zOther')],
    rows: keras.hidden.map((_, t) => [
      t + 1,
      fmt(keras.hidden[t][u]),
      fmt(alt.hidden[t][u]),
      fmt(keras.gates.z[t][u]),
      fmt(alt.gates.z[t][u]),
    ]),
  });
  const same = diff < SAME;
  return (
    <Figure
      lang={lang}
      title={say('title')}
      description={say('desc')}
      table={table}
      initialTable={initialTable}
      controls={
        <>
          <label className="gru-conventions__swap">
            <input
              type="checkbox"
              checked={state.swap}
              data-testid="gru-swap"
              onChange={(e) => setState({ swap: e.target.checked })}
            />{' '}
            {say('swap')}
          </label>
          <Slider
            label={say('seed')}
            min={1}
            max={999}
            step={1}
            value={state.seed}
            onChange={(seed) => setState({ seed: Math.round(seed) })}
          />
          <Slider
            label={say('unit')}
            min={1}
            max={UNITS}
            step={1}
            value={u + 1}
            onChange={(unit) => setState({ unit: Math.round(unit) })}
          />
        </>
      }
    >
      <Sized>
        {(width) => (
          <LineChart
            width={width}
            height={260}
            series={series}
            xDomain={[1, STEPS]}
            yDomain={[-1, 1]}
            integerX
            xLabel={say('xAxis')}
            yLabel={say('yAxis')}
            label={say('chart', { unit: u + 1 })}
          />
        )}
      </Sized>
      <p
        aria-live="polite"
        data-testid="gru-diff"
        style={{ color: same ? 'var(--good)' : 'var(--bad)' }}
      >
        {say(same ? 'same' : 'different', { d: diff.toExponential(1) })}
      </p>
      <p className="muted">
        {say('bias', { a: bias[0].map(fmt).join(', '), b: bias[1].map(fmt).join(', ') })}
      </p>
    </Figure>
  );
}

export default function GruConventions({ id }: { id: string }) {
  const lang = useLang();
  const [state, setState] = useWidgetState(id, SCHEMA);
  return <GruConventionsView lang={lang} state={state} setState={setState} />;
}
