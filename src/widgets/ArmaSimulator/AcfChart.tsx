/**
 * Autocorrelation by lag: sample values as bars, the model's theoretical values as dots, and the
 * ±2/√n band inside which a white-noise sample ACF falls about 95% of the time.
 */
import { scaleLinear } from 'd3';
import { Axis } from '../../viz/chartParts';
import { MARGIN } from '../../viz/constants';
import { fmt } from '../../viz/scales';

export interface AcfChartProps {
  width: number;
  height: number;
  sample: readonly number[];
  theory: readonly number[] | null;
  n: number;
  label: string;
  xLabel: string;
  yLabel: string;
}

export function AcfChart({
  width,
  height,
  sample,
  theory,
  n,
  label,
  xLabel,
  yLabel,
}: AcfChartProps) {
  const maxLag = sample.length - 1;
  const x = scaleLinear()
    .domain([-0.5, maxLag + 0.5])
    .range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear()
    .domain([-1, 1])
    .range([height - MARGIN.bottom, MARGIN.top]);
  const bar = Math.max(2, (x(1) - x(0)) * 0.5);
  const band = 2 / Math.sqrt(n);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <rect
        x={x(-0.5)}
        width={x(maxLag + 0.5) - x(-0.5)}
        y={y(band)}
        height={y(-band) - y(band)}
        fill="var(--c4)"
        opacity={0.15}
      />
      <line x1={x(-0.5)} x2={x(maxLag + 0.5)} y1={y(0)} y2={y(0)} stroke="var(--border)" />
      {sample.map((v, k) => (
        <rect
          key={k}
          x={x(k) - bar / 2}
          width={bar}
          y={Math.min(y(v), y(0))}
          height={Math.abs(y(v) - y(0))}
          fill="var(--c0)"
        >
          <title>{`${k}: ${fmt(v)}`}</title>
        </rect>
      ))}
      {theory?.map((v, k) => (
        <circle key={k} cx={x(k)} cy={y(v)} r={3.5} fill="var(--c5)" stroke="var(--bg)" />
      ))}
      <Axis
        orient="bottom"
        ticks={x
          .ticks(Math.min(10, maxLag))
          .filter(Number.isInteger)
          .map((v) => ({ pos: x(v), label: String(v) }))}
        range={[x(-0.5), x(maxLag + 0.5)]}
        at={height - MARGIN.bottom}
        label={xLabel}
      />
      <Axis
        orient="left"
        ticks={[-1, -0.5, 0, 0.5, 1].map((v) => ({ pos: y(v), label: fmt(v) }))}
        range={[height - MARGIN.bottom, MARGIN.top]}
        at={MARGIN.left}
        label={yLabel}
      />
    </svg>
  );
}
