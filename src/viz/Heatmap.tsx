/**
 * A heatmap: cells on a canvas, labels, legend and a keyboard cursor in an SVG overlay. Focus the
 * grid and move with the arrow keys; the focused or hovered cell shows its row, column and value.
 */
import { useId, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { CanvasScene } from './CanvasScene';
import { Legend, Tooltip } from './chartParts';
import { FOCUS, MUTED } from './constants';
import { heatmapLayout } from './heatmapLayout';
import { fmt, type ColourScale } from './scales';

export interface HeatmapProps {
  values: number[][];
  scale: ColourScale;
  width: number;
  /** Most height the grid may take. */
  maxHeight: number;
  rowLabel: (r: number) => string;
  colLabel: (c: number) => string;
  rowTitle: string;
  colTitle: string;
  legendTitle: string;
  label: string;
}

const LEFT = 64;
const TOP = 22;
const BELOW = 56;

export function Heatmap(p: HeatmapProps) {
  const id = useId();
  const l = useMemo(
    () =>
      heatmapLayout({
        values: p.values,
        scale: p.scale,
        maxWidth: p.width - LEFT - 8,
        maxHeight: p.maxHeight,
        left: LEFT,
        top: TOP,
      }),
    [p.values, p.scale, p.width, p.maxHeight],
  );
  const [cur, setCur] = useState<[number, number] | null>(null);
  const H = l.height + BELOW;
  const scene = useMemo(() => ({ ...l.scene, width: p.width, height: H }), [l, p.width, H]);
  const onKey = (e: KeyboardEvent) => {
    const [r, c] = cur ?? [0, 0];
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const m = moves[e.key];
    if (!m) return;
    e.preventDefault();
    setCur(
      cur
        ? [Math.max(0, Math.min(l.rows - 1, r + m[0])), Math.max(0, Math.min(l.cols - 1, c + m[1]))]
        : [0, 0],
    );
  };
  const onMove = (e: PointerEvent<SVGRectElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    if (!box.width || !box.height) return;
    const c = Math.floor(((e.clientX - box.left) / box.width) * l.cols);
    const r = Math.floor(((e.clientY - box.top) / box.height) * l.rows);
    if (r >= 0 && r < l.rows && c >= 0 && c < l.cols) setCur([r, c]);
  };
  const stepC = Math.max(1, Math.ceil(24 / l.cellW));
  const stepR = Math.max(1, Math.ceil(14 / l.cellH));
  const value = cur ? p.values[cur[0]]?.[cur[1]] : undefined;
  const text = cur
    ? `${p.rowTitle} ${p.rowLabel(cur[0])}, ${p.colTitle} ${p.colLabel(cur[1])}: ${fmt(value)}`
    : undefined;
  return (
    <div className="viz-canvas-stack">
      <CanvasScene scene={scene} />
      <svg viewBox={`0 0 ${p.width} ${H}`} role="group" aria-label={p.label}>
        <text x={0} y={12} fill={MUTED}>
          {`${p.rowTitle} ↓  ${p.colTitle} →`}
        </text>
        {Array.from({ length: l.rows }, (_, r) =>
          r % stepR === 0 ? (
            <text key={r} x={LEFT - 6} y={TOP + (r + 0.5) * l.cellH} dy="0.32em" textAnchor="end">
              {p.rowLabel(r)}
            </text>
          ) : null,
        )}
        {Array.from({ length: l.cols }, (_, c) =>
          c % stepC === 0 ? (
            <text key={c} x={LEFT + (c + 0.5) * l.cellW} y={l.height + 14} textAnchor="middle">
              {p.colLabel(c)}
            </text>
          ) : null,
        )}
        <Legend scale={p.scale} title={p.legendTitle} id={`${id}-lg`} x={LEFT} y={l.height + 34} />
        <rect
          x={LEFT}
          y={TOP}
          width={l.cols * l.cellW}
          height={l.rows * l.cellH}
          fill="transparent"
          tabIndex={0}
          role="application"
          aria-roledescription="grid"
          aria-label={p.label}
          aria-description={text}
          onKeyDown={onKey}
          onPointerMove={onMove}
          onPointerLeave={() => setCur(null)}
          onBlur={() => setCur(null)}
        />
        {cur && (
          <g pointerEvents="none">
            <rect
              x={LEFT + cur[1] * l.cellW}
              y={TOP + cur[0] * l.cellH}
              width={l.cellW}
              height={l.cellH}
              fill="none"
              stroke={FOCUS}
              strokeWidth={2}
            />
            <Tooltip
              x={LEFT + (cur[1] + 1) * l.cellW}
              y={TOP + cur[0] * l.cellH}
              width={p.width}
              lines={[text ?? '']}
            />
          </g>
        )}
        <text className="viz-sr-only" aria-live="polite" x={-9999} y={-9999}>
          {text}
        </text>
      </svg>
    </div>
  );
}
