/**
 * Visual constants of every drawing, in one place (cnn-explainer's `config.js`): sizes, margins,
 * thresholds and timings. Colours are never here: they come from the theme's CSS variables.
 */

/** Series colours as CSS variables (Okabe–Ito, set by the theme). */
export const SERIES = [
  'var(--c0)',
  'var(--c1)',
  'var(--c2)',
  'var(--c3)',
  'var(--c4)',
  'var(--c5)',
  'var(--c6)',
  'var(--c7)',
] as const;

export const FG = 'var(--fg)';
export const MUTED = 'var(--muted)';
export const SURFACE = 'var(--surface)';
export const BORDER = 'var(--border)';
export const ACCENT = 'var(--accent)';
export const FOCUS = 'var(--focus)';
export const BG = 'var(--bg)';
export const STROKE = 'var(--stroke, 2px)';

/** Default size of a drawing before its parent has been measured (and in server rendering). */
export const DEFAULT_WIDTH = 640;
export const DEFAULT_HEIGHT = 320;

export const MARGIN = { top: 16, right: 16, bottom: 36, left: 52 } as const;

/** Axis ticks aimed for on a linear axis. */
export const TICK_COUNT = 5;

/** Significant digits shown for a value in tooltips and tables. */
export const DIGITS = 3;

/** Milliseconds between steps when a forward pass or walkthrough plays. */
export const PLAY_INTERVAL_MS = 700;

/** Duration of the folded ↔ unrolled transition (CSS, skipped under prefers-reduced-motion). */
export const TRANSITION_MS = 450;

/** Gradient norms below this fraction of the largest are called vanishing. */
export const VANISHING_RATIO = 1e-3;
/** Gradient norms above this multiple of the norm where the loss enters are called exploding. */
export const EXPLODING_RATIO = 1e3;

/** Floor applied before taking logarithms of norms, so a zero still has a place on the axis. */
export const LOG_FLOOR = 1e-12;

/** Top-k predictions shown per position in the character view. */
export const TOP_K = 3;

/** Power iteration: steps and tolerance for the small PCA. */
export const PCA_MAX_ITER = 500;
export const PCA_TOL = 1e-10;

/** Width of a colour legend's ramp, and how many stops it samples. */
export const LEGEND_WIDTH = 160;
export const LEGEND_STOPS = 32;

/** Cell size bounds for heatmaps, so a few units stay readable and many still fit. */
export const HEATMAP_MIN_CELL = 4;
export const HEATMAP_MAX_CELL = 36;
