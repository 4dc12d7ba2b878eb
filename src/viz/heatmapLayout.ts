/**
 * Layout of a heatmap as plain data: one rectangle per value with its colour, in a grid of
 * rows × columns fitted into a box. The canvas paints it; tests snapshot it.
 */
import { HEATMAP_MAX_CELL, HEATMAP_MIN_CELL } from './constants';
import type { ColourScale } from './scales';
import type { Scene } from './scene';

export interface HeatmapLayoutInput {
  /** values[row][col] */
  values: number[][];
  scale: ColourScale;
  /** The largest box available for the cells. */
  maxWidth: number;
  maxHeight: number;
  /** Offset of the grid inside the drawing (room for labels). */
  left: number;
  top: number;
}

export interface HeatmapLayout {
  rows: number;
  cols: number;
  cellW: number;
  cellH: number;
  left: number;
  top: number;
  width: number;
  height: number;
  scene: Scene;
}

const clampCell = (v: number) => Math.max(HEATMAP_MIN_CELL, Math.min(HEATMAP_MAX_CELL, v));

export function heatmapLayout(inp: HeatmapLayoutInput): HeatmapLayout {
  const rows = inp.values.length;
  const cols = Math.max(0, ...inp.values.map((r) => r.length));
  const cellW = Math.floor(clampCell(inp.maxWidth / Math.max(1, cols)) * 10) / 10;
  const cellH = Math.floor(clampCell(inp.maxHeight / Math.max(1, rows)) * 10) / 10;
  const width = inp.left + cols * cellW;
  const height = inp.top + rows * cellH;
  const prims: Scene['prims'] = [];
  inp.values.forEach((row, r) =>
    row.forEach((v, c) =>
      prims.push({
        kind: 'rect',
        x: +(inp.left + c * cellW).toFixed(1),
        y: +(inp.top + r * cellH).toFixed(1),
        // Slightly oversized so neighbouring cells leave no hairline gaps after scaling.
        w: cellW + 0.5,
        h: cellH + 0.5,
        fill: Number.isFinite(v) ? inp.scale.colour(v) : 'var(--muted)',
      }),
    ),
  );
  return {
    rows,
    cols,
    cellW,
    cellH,
    left: inp.left,
    top: inp.top,
    width,
    height,
    scene: { width, height, prims },
  };
}
