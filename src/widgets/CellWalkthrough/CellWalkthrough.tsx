/**
 * One step of a tiny seeded LSTM or GRU with the numbers substituted (src/viz NumericWalkthrough),
 * computed on the page by the plain-TypeScript cells in tinyCells.ts. Seed and size live in the URL.
 */
import { useMemo } from 'react';
import { useLang } from '../../lesson/i18n';
import type { Lang } from '../../lesson/lang';
import { useWidgetState, type StateOf } from '../../lesson/urlState';
import { Slider } from '../../controls';
import { NumericWalkthrough } from '../../viz/NumericWalkthrough';
import { CELL_NAME } from '../../viz/formulas';
import { randomCellWeights, randomInputs, runCell } from './tinyCells';
import { fill } from './strings';

export const SCHEMA = {
  seed: { type: 'int', min: 1, max: 999, default: 7 },
  units: { type: 'int', min: 1, max: 3, default: 2 },
} as const;

export type WalkState = StateOf<typeof SCHEMA>;

const SAMPLES = 3;
const STEPS = 5;

export interface CellWalkthroughProps {
  id: string;
  cell: 'lstm' | 'gru';
}

/** The weights and one trace per sample for a setting (pure: same setting, same numbers). */
export function walkData(cell: 'lstm' | 'gru', state: WalkState) {
  const weights = randomCellWeights(cell, 1, state.units, state.seed);
  const traces = Array.from({ length: SAMPLES }, (_, s) =>
    runCell(weights, randomInputs(STEPS, 1, state.seed * 31 + s)),
  );
  return { weights, traces };
}

export function CellWalkthroughView({
  lang,
  cell,
  state,
  setState,
}: {
  lang: Lang;
  cell: 'lstm' | 'gru';
  state: WalkState;
  setState: (patch: Partial<WalkState>) => void;
}) {
  const { weights, traces } = useMemo(() => walkData(cell, state), [cell, state]);
  return (
    <div className="cell-walkthrough">
      <p className="muted">
        {fill(lang, 'intro', { cell: CELL_NAME[cell], units: state.units, seed: state.seed })}
      </p>
      <div className="viz-toolbar">
        <Slider
          label={fill(lang, 'seed')}
          min={1}
          max={999}
          step={1}
          value={state.seed}
          onChange={(seed) => setState({ seed: Math.round(seed) })}
        />
        <Slider
          label={fill(lang, 'units')}
          min={1}
          max={3}
          step={1}
          value={state.units}
          onChange={(units) => setState({ units: Math.round(units) })}
        />
      </div>
      {/* Keyed by the setting so the walk restarts at line 1 on new weights. */}
      <NumericWalkthrough
        key={`${cell}-${state.seed}-${state.units}`}
        lang={lang}
        weights={weights}
        traces={traces}
        initialTime={1}
      />
    </div>
  );
}

export default function CellWalkthrough({ id, cell }: CellWalkthroughProps) {
  const lang = useLang();
  const [state, setState] = useWidgetState(id, SCHEMA);
  const kind = cell === 'gru' ? 'gru' : 'lstm';
  return <CellWalkthroughView lang={lang} cell={kind} state={state} setState={setState} />;
}
