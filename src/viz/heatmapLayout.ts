/**
 * Layout of a heatmap as plain data: one colour per value, in a grid of rows × columns fitted into
 * a box. The canvas paints it; tests snapshot it.
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
  const fills = inp.values.flatMap((row) =>
    Array.from({ length: cols }, (_, c) => {
      // A short row leaves its missing cells empty; a non-finite value is drawn muted.
      const v = row[c];
      if (v === undefined) return '';
      return Number.isFinite(v) ? inp.scale.colour(v) : 'var(--muted)';
    }),
  );
  const prims: Scene['prims'] =
    rows > 0 && cols > 0
      ? [{ kind: 'grid', x: inp.left, y: inp.top, cellW, cellH, rows, cols, fills }]
      : [];
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
