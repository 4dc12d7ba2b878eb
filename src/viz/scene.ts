/**
 * What a canvas draws, as plain data: rectangles and SVG path strings with their colours. Layout
 * functions compute a Scene (pure, snapshot-tested); `drawScene` paints it. Colours may be theme
 * variables (`var(--c0)`), resolved against the canvas element when painting.
 */

export type Prim =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string }
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

/** Paints a scene onto a 2-D context already scaled to CSS pixels. */
export function drawScene(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  style: CSSStyleDeclaration | null,
): void {
  const base = parseFloat(style?.getPropertyValue('--stroke') ?? '') || 2;
  ctx.clearRect(0, 0, scene.width, scene.height);
  for (const p of scene.prims) {
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
