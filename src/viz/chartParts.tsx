/**
 * Small SVG pieces shared by the charts: axes from d3 scales (D3 computes ticks, React draws them),
 * a colour legend and a tooltip.
 */
import type { ReactNode } from 'react';
import { BORDER, FG, LEGEND_STOPS, LEGEND_WIDTH, MUTED, SURFACE } from './constants';
import { fmt, type ColourScale } from './scales';

export interface AxisProps {
  orient: 'left' | 'bottom';
  /** Tick positions in pixels along the axis, with their labels. */
  ticks: { pos: number; label: string }[];
  /** The axis line's extent in pixels. */
  range: [number, number];
  /** Where the axis sits: x for a left axis, y for a bottom axis. */
  at: number;
  label?: string;
}

export function Axis({ orient, ticks, range, at, label }: AxisProps) {
  if (orient === 'bottom') {
    return (
      <g className="viz-axis" aria-hidden="true">
        <line x1={range[0]} x2={range[1]} y1={at} y2={at} stroke={BORDER} />
        {ticks.map((t, i) => (
          <g key={i} transform={`translate(${t.pos},${at})`}>
            <line y2={5} stroke={MUTED} />
            <text y={17} textAnchor="middle">
              {t.label}
            </text>
          </g>
        ))}
        {label && (
          <text x={(range[0] + range[1]) / 2} y={at + 32} textAnchor="middle" fill={MUTED}>
            {label}
          </text>
        )}
      </g>
    );
  }
  return (
    <g className="viz-axis" aria-hidden="true">
      <line x1={at} x2={at} y1={range[0]} y2={range[1]} stroke={BORDER} />
      {ticks.map((t, i) => (
        <g key={i} transform={`translate(${at},${t.pos})`}>
          <line x2={-5} stroke={MUTED} />
          <text x={-8} dy="0.32em" textAnchor="end">
            {t.label}
          </text>
        </g>
      ))}
      {label && (
        <text
          transform={`translate(${at - 42},${(range[0] + range[1]) / 2}) rotate(-90)`}
          textAnchor="middle"
          fill={MUTED}
        >
          {label}
        </text>
      )}
    </g>
  );
}

/** Evenly spaced samples of a colour scale over its domain: the stops of a legend's ramp. */
export function legendStops(scale: ColourScale, n = LEGEND_STOPS): { t: number; colour: string }[] {
  const [lo, hi] = scale.domain;
  const out: { t: number; colour: string }[] = [];
  for (let k = 0; k < n; k++) {
    const t = k / (n - 1);
    const v =
      scale.scheme === 'logMagnitude'
        ? 10 ** (Math.log10(lo) + t * (Math.log10(hi) - Math.log10(lo)))
        : lo + t * (hi - lo);
    out.push({ t, colour: scale.colour(v) });
  }
  return out;
}

export interface LegendProps {
  scale: ColourScale;
  title: string;
  id: string;
  x?: number;
  y?: number;
  width?: number;
}

/** A horizontal colour ramp with its end values and title, drawn in SVG. */
export function Legend({ scale, title, id, x = 0, y = 0, width = LEGEND_WIDTH }: LegendProps) {
  const stops = legendStops(scale);
  const [lo, hi] = scale.domain;
  const mid = scale.scheme === 'signed' ? 0 : null;
  return (
    <g
      transform={`translate(${x},${y})`}
      role="img"
      aria-label={`${title}: ${fmt(lo)} … ${fmt(hi)}`}
    >
      <defs>
        <linearGradient id={id}>
          {stops.map((s) => (
            <stop key={s.t} offset={`${s.t * 100}%`} stopColor={s.colour} />
          ))}
        </linearGradient>
      </defs>
      <text y={-4} fill={MUTED}>
        {title}
      </text>
      <rect width={width} height={10} fill={`url(#${id})`} stroke={BORDER} />
      <text y={24} textAnchor="start">
        {fmt(lo)}
      </text>
      {mid !== null && (
        <text x={width / 2} y={24} textAnchor="middle">
          0
        </text>
      )}
      <text x={width} y={24} textAnchor="end">
        {fmt(hi)}
      </text>
    </g>
  );
}

export interface TooltipProps {
  x: number;
  y: number;
  lines: string[];
  /** Keep the box inside [0, width]. */
  width: number;
}

const LINE_H = 16;
const CHAR_W = 7;

/** A boxed, multi-line label drawn next to a focused or hovered mark. */
export function Tooltip({ x, y, lines, width }: TooltipProps): ReactNode {
  const w = Math.max(...lines.map((l) => l.length)) * CHAR_W + 12;
  const h = lines.length * LINE_H + 8;
  const left = Math.min(Math.max(0, x + 10), Math.max(0, width - w));
  const top = Math.max(0, y - h - 6);
  return (
    <g className="viz-tooltip" transform={`translate(${left},${top})`} pointerEvents="none">
      <rect width={w} height={h} rx={4} fill={SURFACE} stroke={BORDER} />
      {lines.map((l, i) => (
        <text key={i} x={6} y={4 + LINE_H * (i + 0.8)} fill={FG}>
          {l}
        </text>
      ))}
    </g>
  );
}
