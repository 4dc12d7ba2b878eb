/**
 * What a canvas draws, as plain data: rectangles, grids of coloured cells and SVG path strings with
 * their colours. Layout functions compute a Scene (pure, snapshot-tested); `drawScene` paints it.
 * Colours may be theme variables (`var(--c0)`), resolved against the canvas element when painting.
 */
import { rgb } from 'd3';

export type Prim =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string }
  | {
      /**
       * rows × cols cells of cellW × cellH from (x, y), `fills` row by row ('' for none): a heatmap. Painted as
       * one bitmap of a pixel per cell, scaled up without smoothing: one image for the GPU to draw
       * instead of a rectangle per cell (thousands, redrawn while training).
       */
      kind: 'grid';
      x: number;
      y: number;
      cellW: number;
      cellH: number;
      rows: number;
      cols: number;
      fills: string[];
    }
  | {
      kind: 'path';
      d: string;
      stroke?: string;
      fill?: string;
      /** Multiple of the theme's --stroke width. */
      width?: number;
      dash?: number[];
      alpha?: number;
    };

export interface Scene {
  width: number;
  height: number;
  prims: Prim[];
}

const VAR = /^var\((--[\w-]+)(?:,\s*([^)]+))?\)$/;

/** Resolves `var(--name, fallback)` with the element's computed style; other colours pass through. */
export function resolveColour(colour: string, style: CSSStyleDeclaration | null): string {
  const m = VAR.exec(colour);
  if (!m) return colour;
  const v = style?.getPropertyValue(m[1]).trim();
  return v || m[2]?.trim() || '#888';
}

const parsed = new Map<string, [number, number, number, number]>();

/** RGBA bytes of a CSS colour (d3's parser, remembered); unparseable colours are grey. */
function rgbaOf(colour: string): [number, number, number, number] {
  let v = parsed.get(colour);
  if (!v) {
    const c = rgb(colour);
    v = Number.isFinite(c.r)
      ? [c.r, c.g, c.b, Math.round((Number.isFinite(c.opacity) ? c.opacity : 1) * 255)]
      : [136, 136, 136, 255];
    if (parsed.size > 4096) parsed.clear();
    parsed.set(colour, v);
  }
  return v;
}

/** A grid's cells as RGBA pixels, row by row (empty fills stay transparent). */
export function gridPixels(
  g: Extract<Prim, { kind: 'grid' }>,
  resolve: (colour: string) => string,
): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(g.rows * g.cols * 4);
  const n = Math.min(g.fills.length, g.rows * g.cols);
  for (let i = 0; i < n; i++) if (g.fills[i]) out.set(rgbaOf(resolve(g.fills[i])), i * 4);
  return out;
}

type Bitmap = OffscreenCanvas | HTMLCanvasElement;
let scratch: Bitmap | null = null;

/** A reused canvas of cols × rows pixels to hold a grid's bitmap. */
function scratchCanvas(cols: number, rows: number): Bitmap | null {
  if (!scratch) {
    if (typeof OffscreenCanvas !== 'undefined') scratch = new OffscreenCanvas(cols, rows);
    else if (typeof document !== 'undefined') scratch = document.createElement('canvas');
    else return null;
  }
  if (scratch.width !== cols) scratch.width = cols;
  if (scratch.height !== rows) scratch.height = rows;
  return scratch;
}

function paintGrid(
  ctx: CanvasRenderingContext2D,
  g: Extract<Prim, { kind: 'grid' }>,
  resolve: (colour: string) => string,
): void {
  if (g.rows < 1 || g.cols < 1) return;
  const bitmap = scratchCanvas(g.cols, g.rows);
  const bctx = bitmap?.getContext('2d') as
    CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;
  if (!bitmap || !bctx) return;
  bctx.putImageData(new ImageData(gridPixels(g, resolve), g.cols, g.rows), 0, 0);
  const smooth = ctx.imageSmoothingEnabled;
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(bitmap, g.x, g.y, g.cols * g.cellW, g.rows * g.cellH);
  ctx.imageSmoothingEnabled = smooth;
}

/** Paints a scene onto a 2-D context already scaled to CSS pixels. */
export function drawScene(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  style: CSSStyleDeclaration | null,
): void {
  const base = parseFloat(style?.getPropertyValue('--stroke') ?? '') || 2;
  ctx.clearRect(0, 0, scene.width, scene.height);
  const resolve = (colour: string) => resolveColour(colour, style);
  for (const p of scene.prims) {
    if (p.kind === 'grid') {
      paintGrid(ctx, p, resolve);
      continue;
    }
    if (p.kind === 'rect') {
      ctx.fillStyle = resolveColour(p.fill, style);
      ctx.fillRect(p.x, p.y, p.w, p.h);
      continue;
    }
    const path = new Path2D(p.d);
    ctx.globalAlpha = p.alpha ?? 1;
    if (p.fill) {
      ctx.fillStyle = resolveColour(p.fill, style);
      ctx.fill(path);
    }
    if (p.stroke) {
      ctx.strokeStyle = resolveColour(p.stroke, style);
      ctx.lineWidth = base * (p.width ?? 1);
      ctx.setLineDash(p.dash ?? []);
      ctx.stroke(path);
    }
    ctx.globalAlpha = 1;
  }
}
