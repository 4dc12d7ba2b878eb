/**
 * A line chart drawn from a LineLayout: series as SVG paths, or on a canvas under an SVG overlay
 * when it is redrawn every frame. The plot area is focusable: ←/→ (Home/End) move a cursor over the
 * x values and show every series' value there, the same tooltip the pointer shows.
 */
import { useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { Axis, Tooltip } from './chartParts';
import { CanvasScene } from './CanvasScene';
import { FOCUS, MUTED } from './constants';
import { lineLayout, lineScene, type LineLayoutInput, type LineSeries } from './lineLayout';
import { fmt } from './scales';

export interface LineChartProps extends LineLayoutInput {
  xLabel: string;
  yLabel: string;
  /** Accessible name of the plot area. */
  label: string;
  canvas?: boolean;
}

/** The sorted distinct x values of all series: where the cursor can stop. */
export function cursorStops(series: LineSeries[]): number[] {
  return [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
}

/** Each series' value at x (the point with that x, or none). */
export function valuesAt(series: LineSeries[], x: number): string[] {
  return series.flatMap((s) => {
    const p = s.points.find((q) => q.x === x);
    return p ? [`${s.label}: ${fmt(p.y)}`] : [];
  });
}

export function LineChart({ xLabel, yLabel, label, canvas = false, ...input }: LineChartProps) {
  const l = useMemo(() => lineLayout(input), [input]);
  const stops = useMemo(() => cursorStops(input.series), [input.series]);
  const [cursor, setCursor] = useState<number | null>(null);
  const ci = cursor === null ? null : Math.min(cursor, stops.length - 1);
  const cx = ci === null || ci < 0 ? null : stops[ci];
  const onKey = (e: KeyboardEvent) => {
    if (!stops.length) return;
    const last = stops.length - 1;
    const cur = ci ?? -1;
    const next =
      e.key === 'ArrowRight'
        ? Math.min(last, cur + 1)
        : e.key === 'ArrowLeft'
          ? Math.max(0, cur - 1)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (next === null) return;
    e.preventDefault();
    setCursor(next);
  };
  const onMove = (e: PointerEvent<SVGRectElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    if (!box.width || !stops.length) return;
    const px = l.inner.left + ((e.clientX - box.left) / box.width) * (l.inner.right - l.inner.left);
    const xv = l.x.invert(px);
    let best = 0;
    stops.forEach((s, i) => {
      if (Math.abs(s - xv) < Math.abs(stops[best] - xv)) best = i;
    });
    setCursor(best);
  };
  const scene = useMemo(() => (canvas ? lineScene(l) : null), [canvas, l]);
  const svg = (
    <svg viewBox={`0 0 ${l.width} ${l.height}`} role="group" aria-label={label}>
      {!canvas && (
        <g aria-hidden="true">
          {l.bands.map((b, i) => (
            <rect key={i} x={b.x} y={b.y} width={b.w} height={b.h} fill={b.colour} opacity={0.15} />
          ))}
          {l.refLines.map((r, i) => (
            <line
              key={i}
              x1={l.inner.left}
              x2={l.inner.right}
              y1={r.y}
              y2={r.y}
              stroke={r.colour}
              strokeDasharray="4 4"
            />
          ))}
          {l.paths.map((p, i) => (
            <path
              key={i}
              d={p.d}
              fill="none"
              stroke={p.colour}
              strokeWidth="var(--stroke, 2px)"
              strokeDasharray={p.dash?.join(' ')}
            />
          ))}
          {l.dots.map((d, i) => (
            <circle key={i} cx={d.cx} cy={d.cy} r={3} fill={d.colour} />
          ))}
        </g>
      )}
      {l.bands.map((b, i) => (
        <text key={i} x={b.x + 4} y={b.y + 14} fill={MUTED}>
          {b.label}
        </text>
      ))}
      {l.refLines.map((r, i) => (
        <text key={i} x={l.inner.left + 6} y={r.y - 4} fill={r.colour}>
          {r.label}
        </text>
      ))}
      <Axis
        orient="bottom"
        ticks={l.xTicks}
        range={[l.inner.left, l.inner.right]}
        at={l.inner.bottom}
        label={xLabel}
      />
      <Axis
        orient="left"
        ticks={l.yTicks}
        range={[l.inner.bottom, l.inner.top]}
        at={l.inner.left}
        label={yLabel}
      />
      <rect
        x={l.inner.left}
        y={l.inner.top}
        width={l.inner.right - l.inner.left}
        height={l.inner.bottom - l.inner.top}
        fill="transparent"
        tabIndex={0}
        role="slider"
        aria-label={`${label}: ${xLabel}`}
        aria-valuemin={stops[0] ?? 0}
        aria-valuemax={stops[stops.length - 1] ?? 0}
        aria-valuenow={cx ?? stops[0] ?? 0}
        aria-valuetext={
          cx === null
            ? undefined
            : [`${xLabel} ${fmt(cx)}`, ...valuesAt(input.series, cx)].join('; ')
        }
        onKeyDown={onKey}
        onPointerMove={onMove}
        onPointerLeave={() => setCursor(null)}
        onBlur={() => setCursor(null)}
      />
      {cx !== null && (
        <g pointerEvents="none">
          <line x1={l.x(cx)} x2={l.x(cx)} y1={l.inner.top} y2={l.inner.bottom} stroke={FOCUS} />
          <Tooltip
            x={l.x(cx)}
            y={l.inner.top + 40}
            width={l.width}
            lines={[`${xLabel} ${fmt(cx)}`, ...valuesAt(input.series, cx)]}
          />
        </g>
      )}
    </svg>
  );
  if (!scene) return svg;
  return (
    <div className="viz-canvas-stack">
      <CanvasScene scene={scene} />
      {svg}
    </div>
  );
}

/** A key listing the series with their colours and dash patterns. */
export function SeriesKey({
  series,
}: {
  series: { label: string; colour: string; dash?: number[] }[];
}) {
  return (
    <ul
      className="viz-key"
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: '0.25rem 1rem',
        listStyle: 'none',
        padding: 0,
        margin: 0,
      }}
    >
      {series.map((s) => (
        <li key={s.label}>
          <svg width={26} height={10} aria-hidden="true" style={{ display: 'inline', width: 26 }}>
            <line
              x1={0}
              x2={26}
              y1={5}
              y2={5}
              stroke={s.colour}
              strokeWidth="var(--stroke, 2px)"
              strokeDasharray={s.dash?.join(' ')}
            />
          </svg>{' '}
          {s.label}
        </li>
      ))}
    </ul>
  );
}
