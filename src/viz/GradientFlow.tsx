/**
 * How gradients flow back in time, for models side by side: ‖∂L/∂h(t)‖ per time step on a log
 * axis with the vanishing and exploding ranges shaded, and (when given) the same norms over
 * training as a heatmap of training step × time step.
 */
import { memo } from 'react';
import type { Bilingual, Lang } from '../lesson/lang';
import { Figure, type TableData } from './Figure';
import { Heatmap } from './Heatmap';
import { LineChart } from './LineChart';
import type { Band } from './lineLayout';
import { EXPLODING_RATIO, SERIES, VANISHING_RATIO } from './constants';
import { useAnimationFrameValue } from './hooks';
import { fmt, logMagnitudeScale } from './scales';
import { say } from './strings';

export interface GradientModel {
  label: Bilingual;
  /** ‖∂L/∂h(t)‖ for t = 1..T (the loss enters at T). */
  perStep: number[];
  /** Rows of perStep over training [trainingStep][t]. */
  overTraining?: number[][];
}

export interface GradientFlowProps {
  lang: Lang;
  models: GradientModel[];
  width?: number;
  height?: number;
}

/** The vanishing (< ratio × max) and exploding (> ratio × norm at T) thresholds of one profile. */
export function gradientRanges(perStep: number[]): { vanishBelow: number; explodeAbove: number } {
  const finite = perStep.filter((v) => Number.isFinite(v) && v > 0);
  const max = Math.max(...finite, 0);
  const atLoss = perStep[perStep.length - 1];
  return {
    vanishBelow: max * VANISHING_RATIO,
    explodeAbove: (Number.isFinite(atLoss) && atLoss > 0 ? atLoss : max) * EXPLODING_RATIO,
  };
}

/** Time steps (1-based) whose norm falls in each range. */
export function classifySteps(perStep: number[]): { vanishing: number[]; exploding: number[] } {
  const { vanishBelow, explodeAbove } = gradientRanges(perStep);
  return {
    vanishing: perStep.flatMap((v, t) => (v < vanishBelow ? [t + 1] : [])),
    exploding: perStep.flatMap((v, t) => (v > explodeAbove ? [t + 1] : [])),
  };
}

/** Memoised: it changes with a new trace, not with each training snapshot that re-renders a lab. */
export const GradientFlow = memo(function GradientFlow({
  lang,
  models: latest,
  width = 640,
  height = 240,
}: GradientFlowProps) {
  const models = useAnimationFrameValue(latest);
  const colW = models.length > 1 ? Math.max(260, width / 2 - 16) : width;
  const table = (): TableData => ({
    caption: say('gradTitle', lang),
    columns: ['t', ...models.map((m) => m.label[lang])],
    rows: Array.from({ length: Math.max(...models.map((m) => m.perStep.length)) }, (_, t) => [
      t + 1,
      ...models.map((m) => fmt(m.perStep[t])),
    ]),
  });
  return (
    <Figure
      lang={lang}
      title={say('gradTitle', lang)}
      description={say('gradDesc', lang)}
      table={table}
    >
      <div className="viz-row">
        {models.map((m, i) => {
          const { vanishBelow, explodeAbove } = gradientRanges(m.perStep);
          const finite = m.perStep.filter((v) => Number.isFinite(v) && v > 0);
          const lo = Math.min(...finite, vanishBelow) / 3;
          const hi = Math.max(...finite, explodeAbove) * 3;
          const bands: Band[] = [
            {
              axis: 'y',
              from: lo,
              to: vanishBelow,
              label: say('vanishing', lang),
              colour: SERIES[4],
            },
            {
              axis: 'y',
              from: explodeAbove,
              to: hi,
              label: say('exploding', lang),
              colour: SERIES[5],
            },
          ];
          const { vanishing, exploding } = classifySteps(m.perStep);
          const all = m.overTraining?.flat().filter((v) => Number.isFinite(v) && v > 0) ?? [];
          return (
            <div key={i}>
              <p style={{ margin: '0.25rem 0', fontWeight: 600 }}>{m.label[lang]}</p>
              <LineChart
                width={colW}
                height={height}
                log
                yDomain={[lo, hi]}
                xDomain={[1, m.perStep.length]}
                integerX
                series={[
                  {
                    label: say('gradNorm', lang),
                    points: m.perStep.map((y, t) => ({ x: t + 1, y })),
                    colour: SERIES[i % 8],
                    dots: true,
                  },
                ]}
                bands={bands}
                xLabel={say('timeStep', lang)}
                yLabel={say('gradNorm', lang)}
                label={`${m.label[lang]}: ${say('gradNorm', lang)}. ${say('vanishing', lang)}: ${vanishing.length}, ${say('exploding', lang)}: ${exploding.length}`}
              />
              {m.overTraining && m.overTraining.length > 0 && (
                <>
                  <p style={{ margin: '0.25rem 0' }}>{say('overTraining', lang)}</p>
                  <Heatmap
                    values={m.overTraining}
                    scale={logMagnitudeScale(Math.min(...all), Math.max(...all))}
                    width={colW}
                    maxHeight={160}
                    rowLabel={(r) => String(r + 1)}
                    colLabel={(c) => String(c + 1)}
                    rowTitle={say('trainingStep', lang)}
                    colTitle="t"
                    legendTitle={`${say('gradNorm', lang)} (log)`}
                    label={`${m.label[lang]}: ${say('overTraining', lang)}`}
                  />
                </>
              )}
            </div>
          );
        })}
      </div>
    </Figure>
  );
});
