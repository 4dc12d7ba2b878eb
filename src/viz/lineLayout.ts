/**
 * Layout of a line chart as plain numbers and strings: scales, path data, ticks, reference lines
 * and shaded bands. D3 computes; the LineChart component (SVG or canvas) only draws the result.
 */
import { line, scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import { LOG_FLOOR, MARGIN, TICK_COUNT } from './constants';
import { fmt, logTicks } from './scales';
import type { Scene } from './scene';

export interface Point {
  x: number;
  y: number;
}

export interface LineSeries {
  label: string;
  points: Point[];
  colour: string;
  dash?: number[];
  /** Draw dots at the points too (sparse series such as per-epoch validation). */
  dots?: boolean;
}

export interface RefLine {
  y: number;
  label: string;
  colour: string;
}

/** A shaded horizontal band [y0, y1] (e.g. the vanishing range) or vertical band [x0, x1]. */
export interface Band {
  axis: 'x' | 'y';
  from: number;
  to: number;
  label: string;
  colour: string;
}

export interface LineLayoutInput {
  width: number;
  height: number;
  series: LineSeries[];
  log?: boolean;
  refLines?: RefLine[];
  bands?: Band[];
  xDomain?: [number, number];
  yDomain?: [number, number];
  /** Integer x ticks only (steps, epochs). */
  integerX?: boolean;
}

export interface LineLayout {
  width: number;
  height: number;
  inner: { left: number; top: number; right: number; bottom: number };
  x: ScaleContinuousNumeric<number, number>;
  y: ScaleContinuousNumeric<number, number>;
  paths: { d: string; colour: string; dash?: number[]; label: string }[];
  dots: { cx: number; cy: number; colour: string }[];
  xTicks: { pos: number; label: string }[];
  yTicks: { pos: number; label: string }[];
  refLines: { y: number; label: string; colour: string }[];
  bands: { x: number; y: number; w: number; h: number; colour: string; label: string }[];
}

const finite = (v: number, log: boolean) => Number.isFinite(v) && (!log || v > 0);

export function lineLayout(inp: LineLayoutInput): LineLayout {
  const log = inp.log ?? false;
  const left = MARGIN.left;
  const top = MARGIN.top;
  const right = inp.width - MARGIN.right;
  const bottom = inp.height - MARGIN.bottom;
  const all = inp.series.flatMap((s) => s.points);
  const xs = all.map((p) => p.x).filter(Number.isFinite);
  const ys = [...all.map((p) => p.y), ...(inp.refLines ?? []).map((r) => r.y)].filter((v) =>
    finite(v, log),
  );
  const xDomain = inp.xDomain ?? [Math.min(...xs, 0), Math.max(...xs, 1)];
  let yDomain = inp.yDomain ?? [Math.min(...ys), Math.max(...ys)];
  if (!ys.length && !inp.yDomain) yDomain = log ? [0.1, 1] : [0, 1];
  if (yDomain[0] === yDomain[1])
    yDomain = log ? [yDomain[0] / 2, yDomain[1] * 2] : [yDomain[0] - 1, yDomain[1] + 1];
  const x = scaleLinear().domain(xDomain).range([left, right]);
  const y = log
    ? scaleLog()
        .domain([Math.max(yDomain[0], LOG_FLOOR), Math.max(yDomain[1], LOG_FLOOR)])
        .range([bottom, top])
        .nice()
    : scaleLinear().domain(yDomain).range([bottom, top]).nice();
  const gen = line<Point>()
    .defined((p) => finite(p.y, log) && Number.isFinite(p.x))
    .x((p) => x(p.x))
    .y((p) => y(p.y))
    .digits(1);
  const yd = y.domain();
  const yTickValues = log ? logTicks(yd[0], yd[1]) : y.ticks(TICK_COUNT);
  const xTickValues = x.ticks(TICK_COUNT).filter((v) => !inp.integerX || Number.isInteger(v));
  const clampY = (v: number) => Math.min(bottom, Math.max(top, v));
  return {
    width: inp.width,
    height: inp.height,
    inner: { left, top, right, bottom },
    x,
    y,
    paths: inp.series.map((s) => ({
      d: gen(s.points) ?? '',
      colour: s.colour,
      dash: s.dash,
      label: s.label,
    })),
    dots: inp.series
      .filter((s) => s.dots)
      .flatMap((s) =>
        s.points
          .filter((p) => finite(p.y, log))
          .map((p) => ({ cx: round(x(p.x)), cy: round(y(p.y)), colour: s.colour })),
      ),
    xTicks: xTickValues.map((v) => ({ pos: round(x(v)), label: fmt(v) })),
    yTicks: yTickValues.map((v) => ({ pos: round(y(v)), label: fmt(v) })),
    refLines: (inp.refLines ?? [])
      .filter((r) => finite(r.y, log))
      .map((r) => ({ ...r, y: round(y(r.y)) })),
    bands: (inp.bands ?? []).map((b) => {
      if (b.axis === 'x') {
        const x0 = Math.max(left, x(b.from));
        const x1 = Math.min(right, x(b.to));
        return {
          x: round(x0),
          y: top,
          w: round(Math.max(0, x1 - x0)),
          h: bottom - top,
          colour: b.colour,
          label: b.label,
        };
      }
      const y0 = clampY(y(Math.max(b.to, log ? LOG_FLOOR : b.to)));
      const y1 = clampY(y(Math.max(b.from, log ? LOG_FLOOR : b.from)));
      return {
        x: left,
        y: round(y0),
        w: right - left,
        h: round(Math.max(0, y1 - y0)),
        colour: b.colour,
        label: b.label,
      };
    }),
  };
}

/** The layout's series, bands and reference lines as a canvas scene (axes stay in SVG). */
export function lineScene(l: LineLayout): Scene {
  return {
    width: l.width,
    height: l.height,
    prims: [
      ...l.bands.map((b) => ({
        kind: 'path' as const,
        d: `M${b.x},${b.y}h${b.w}v${b.h}h${-b.w}z`,
        fill: b.colour,
        alpha: 0.15,
      })),
      ...l.refLines.map((r) => ({
        kind: 'path' as const,
        d: `M${l.inner.left},${r.y}H${l.inner.right}`,
        stroke: r.colour,
        width: 0.5,
        dash: [4, 4],
      })),
      ...l.paths.map((p) => ({ kind: 'path' as const, d: p.d, stroke: p.colour, dash: p.dash })),
      ...l.dots.map((d) => ({
        kind: 'path' as const,
        d: `M${d.cx - 3},${d.cy}a3,3 0 1,0 6,0a3,3 0 1,0 -6,0`,
        fill: d.colour,
      })),
    ],
  };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
