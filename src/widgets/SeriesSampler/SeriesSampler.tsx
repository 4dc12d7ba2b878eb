/**
 * A few series of the notes' generator (two sines plus noise), drawn from a seed kept in the link:
 * 50 input steps and the 10 steps a model is asked to forecast, shaded.
 */
import { useMemo } from 'react';
import { useLang } from '../../lesson/i18n';
import { useWidgetState, type Schema } from '../../lesson/urlState';
import { generateTimeSeries } from '../../engine/data';
import { createRng } from '../../engine/rng';
import { Figure } from '../../viz/Figure';
import { LineChart } from '../../viz/LineChart';
import { SERIES, MUTED } from '../../viz/constants';
import type { LineSeries } from '../../viz/lineLayout';
import { fill } from '../TrainingLab/strings';
import { SAMPLER_STRINGS } from './strings';

export interface SeriesSamplerProps {
  id: string;
}

export const INPUT_STEPS = 50;
export const HORIZON = 10;
export const COUNT = 3;

const SCHEMA = {
  seed: { type: 'int', min: 0, max: 999_999, default: 42 },
} as const satisfies Schema;

/** COUNT series of INPUT_STEPS + HORIZON values from this seed, one array per series. */
export function sampleSeries(seed: number): number[][] {
  const length = INPUT_STEPS + HORIZON;
  const flat = generateTimeSeries(COUNT, length, createRng(seed));
  return Array.from({ length: COUNT }, (_, i) =>
    Array.from(flat.subarray(i * length, (i + 1) * length)),
  );
}

export default function SeriesSampler({ id }: SeriesSamplerProps) {
  const lang = useLang();
  const t = SAMPLER_STRINGS[lang];
  const [s, set] = useWidgetState(id, SCHEMA);
  const rows = useMemo(() => sampleSeries(s.seed), [s.seed]);
  const series: LineSeries[] = useMemo(
    () =>
      rows.map((values, i) => ({
        label: fill(t.series, { i: i + 1 }),
        points: values.map((y, x) => ({ x, y })),
        colour: SERIES[[0, 2, 5][i] ?? i],
      })),
    [rows, t],
  );
  return (
    <section aria-labelledby={`${id}-title`} data-testid={`sampler-${id}`}>
      <span id={`${id}-title`} className="visually-hidden">
        {t.title}
      </span>
      <Figure
        lang={lang}
        title={t.title}
        description={t.desc}
        controls={
          <>
            <label>
              {t.seed}{' '}
              <input
                type="number"
                min={0}
                max={999999}
                step={1}
                value={s.seed}
                data-testid="sampler-seed"
                onChange={(e) => {
                  const seed = Number(e.target.value);
                  if (Number.isInteger(seed) && seed >= 0 && seed <= 999_999) set({ seed });
                }}
              />
            </label>
            <button
              type="button"
              data-testid="sampler-next"
              onClick={() => set({ seed: (s.seed + 1) % 1_000_000 })}
            >
              {t.another}
            </button>
          </>
        }
        table={() => ({
          caption: t.tableCaption,
          columns: [t.step, ...rows.map((_, i) => fill(t.series, { i: i + 1 }))],
          rows: rows[0].map((_, k) => [k, ...rows.map((r) => r[k].toFixed(3))]),
        })}
      >
        <LineChart
          width={640}
          height={260}
          series={series}
          bands={[
            {
              axis: 'x',
              from: INPUT_STEPS - 0.5,
              to: INPUT_STEPS + HORIZON - 1,
              label: t.horizon,
              colour: MUTED,
            },
          ]}
          integerX
          xLabel={t.step}
          yLabel={t.value}
          label={t.title}
        />
      </Figure>
    </section>
  );
}
