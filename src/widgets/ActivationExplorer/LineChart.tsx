/**
 * A small line chart: D3 computes the scales and path strings, React draws them. Sized by its
 * viewBox and stretched to the container's width, so it works from phone width up.
 */
import { useId, useMemo } from 'react';
import { line, scaleLinear } from 'd3';
import { Axis } from '../../viz/chartParts';
import { BORDER, MUTED } from '../../viz/constants';

export interface ChartLine {
  key: string;
  label: string;
  colour: string;
  /** SVG dash pattern; lines differ by dash as well as colour, for colour-blind readers. */
  dash?: string;
  /** Thicker when it is the highlighted activation. */
  emphasis?: boolean;
  /** [x, y] in data units; non-finite y leaves a gap. */
  points: readonly (readonly [number, number])[];
}

export interface ChartMarker {
  key: string;
  x: number;
  y: number;
  colour: string;
}

export interface LineChartProps {
  /** Read by screen readers in place of the drawing (the numbers are in the table view). */
  label: string;
  xDomain: [number, number];
  yDomain: [number, number];
  xTicks: number[];
  yTicks: number[];
  formatX?: (v: number) => string;
  formatY?: (v: number) => string;
  xLabel: string;
  yLabel: string;
  lines: readonly ChartLine[];
  /** A vertical rule at this x (the chosen input). */
  rule?: number;
  markers?: readonly ChartMarker[];
  /** Dotted horizontal reference lines (e.g. σ′ = 0.25). */
  guides?: readonly number[];
}

const WIDTH = 320;
const HEIGHT = 220;
const MARGIN = { top: 10, right: 12, bottom: 40, left: 56 };

export function LineChart(props: LineChartProps) {
  const { xDomain, yDomain, lines, formatX = String, formatY = String } = props;
  const clipId = `clip${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { x, y, paths } = useMemo(() => {
    const x = scaleLinear()
      .domain(xDomain)
      .range([MARGIN.left, WIDTH - MARGIN.right]);
    const y = scaleLinear()
      .domain(yDomain)
      .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
    const path = line<readonly [number, number]>()
      .defined((p) => Number.isFinite(p[1]))
      .x((p) => x(p[0]))
      // Far outside the domain a point would only stretch the path; the clip hides it anyway.
      .y((p) => y(Math.max(yDomain[0] - 1e3, Math.min(yDomain[1] + 1e3, p[1]))));
    return { x, y, paths: lines.map((l) => path(l.points) ?? '') };
  }, [xDomain, yDomain, lines]);

  const [x0, x1] = x.range();
  const [yBottom, yTop] = y.range();
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={props.label}>
      <defs>
        <clipPath id={clipId}>
          <rect x={x0} y={yTop} width={x1 - x0} height={yBottom - yTop} />
        </clipPath>
      </defs>
      <Axis
        orient="bottom"
        at={yBottom}
        range={[x0, x1]}
        ticks={props.xTicks.map((v) => ({ pos: x(v), label: formatX(v) }))}
        label={props.xLabel}
      />
      <Axis
        orient="left"
        at={x0}
        range={[yBottom, yTop]}
        ticks={props.yTicks.map((v) => ({ pos: y(v), label: formatY(v) }))}
        label={props.yLabel}
      />
      <g clipPath={`url(#${clipId})`} aria-hidden="true">
        {(props.guides ?? []).map((g) => (
          <line key={g} x1={x0} x2={x1} y1={y(g)} y2={y(g)} stroke={BORDER} strokeDasharray="2 3" />
        ))}
        {props.rule !== undefined && (
          <line x1={x(props.rule)} x2={x(props.rule)} y1={yTop} y2={yBottom} stroke={MUTED} />
        )}
        {lines.map((l, i) => (
          <path
            key={l.key}
            d={paths[i]}
            fill="none"
            stroke={l.colour}
            strokeWidth={l.emphasis ? 3 : 1.5}
            strokeDasharray={l.dash}
            strokeLinejoin="round"
          />
        ))}
        {(props.markers ?? []).map((m) =>
          Number.isFinite(m.y) ? (
            <circle key={m.key} cx={x(m.x)} cy={y(m.y)} r={4} fill={m.colour} stroke="var(--bg)" />
          ) : null,
        )}
      </g>
    </svg>
  );
}

/** A legend as an HTML list: a short sample of each line's colour and dash, then its label. */
export function LineLegend({ lines }: { lines: readonly Omit<ChartLine, 'points'>[] }) {
  return (
    <ul className="act-legend">
      {lines.map((l) => (
        <li key={l.key}>
          <svg viewBox="0 0 28 8" width="28" height="8" aria-hidden="true">
            <line
              x1="0"
              x2="28"
              y1="4"
              y2="4"
              stroke={l.colour}
              strokeWidth={l.emphasis ? 3 : 2}
              strokeDasharray={l.dash}
            />
          </svg>
          {l.label}
        </li>
      ))}
    </ul>
  );
}
