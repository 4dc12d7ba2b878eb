/**
 * Inside a SimpleRNN, LSTM or GRU cell: every gate and path, with the gate values of a LayerTrace
 * at the chosen time step (playable). Linked both ways to the formulas: `highlight` marks a gate
 * (e.g. 'f' the forget gate) and shows its values; hovering or focusing a gate calls
 * `onHighlight`. Without those props it keeps its own highlight and shows a FormulaLegend.
 */
import { memo, useState } from 'react';
import type { LayerTrace } from '../engine/types';
import type { Lang } from '../lesson/lang';
import { PlaybackControls, Slider, usePlayback } from '../controls';
import { Figure, type TableData } from './Figure';
import { FormulaLegend } from './FormulaLegend';
import { ACCENT, BORDER, FG, MUTED, PLAY_INTERVAL_MS, SURFACE } from './constants';
import { cellLayout, type CellNode } from './cellLayout';
import { CELL_NAME, SYMBOL_NAME } from './formulas';
import { fmt, gateScale } from './scales';
import { say } from './strings';

export interface CellDiagramProps {
  lang: Lang;
  trace: LayerTrace;
  highlight?: string | null;
  onHighlight?: (symbol: string | null) => void;
  /** Show the formula legend under the diagram (default: when uncontrolled). */
  showFormulas?: boolean;
  width?: number;
}

/** Values of a symbol at step t: a gate, the cell or hidden state, or the input. */
export function symbolValues(trace: LayerTrace, symbol: string, t: number): number[] | null {
  if (symbol === 'h') return trace.hidden[t] ?? null;
  if (symbol === 'c') return trace.cellState?.[t] ?? null;
  if (symbol === 'x') return trace.inputs[t] ?? null;
  return trace.gates[symbol]?.[t] ?? null;
}

function symbolMatrix(trace: LayerTrace, symbol: string): number[][] {
  if (symbol === 'h') return trace.hidden;
  if (symbol === 'c') return trace.cellState ?? [];
  if (symbol === 'x') return trace.inputs;
  return trace.gates[symbol] ?? [];
}

const BOX = { w: 52, h: 36 };

/** Memoised: it changes with its trace and highlight, not with each snapshot that re-renders a lab. */
export const CellDiagram = memo(function CellDiagram(props: CellDiagramProps) {
  const { lang, trace, width = 600 } = props;
  const controlled = props.highlight !== undefined;
  const [own, setOwn] = useState<string | null>(null);
  const highlight = controlled ? (props.highlight ?? null) : own;
  const setHighlight = (s: string | null) => {
    if (!controlled) setOwn(s);
    props.onHighlight?.(s);
  };
  const T = trace.hidden.length;
  const play = usePlayback(T, { intervalMs: PLAY_INTERVAL_MS, loop: true });
  const t = play.t;
  const layout = cellLayout(trace.cell);
  const name = (s: string) => (SYMBOL_NAME[s] ? say(SYMBOL_NAME[s], lang) : s);
  const symbols = [...Object.keys(trace.gates), ...(trace.cellState ? ['c'] : []), 'h'];
  const table = (): TableData[] =>
    symbols.map((s) => ({
      caption: name(s),
      columns: [
        't',
        ...Array.from({ length: trace.units }, (_, u) => `${say('unit', lang)} ${u + 1}`),
      ],
      rows: symbolMatrix(trace, s).map((row, k) => [k + 1, ...row.map(fmt)]),
    }));
  const node = (n: CellNode) => {
    const on = !!n.sym && n.sym === highlight;
    // c(t−1) and h(t−1) show the previous step's values (zeros before the first step).
    const prev = n.id.endsWith('Prev');
    const vals = !n.sym
      ? null
      : prev && t === 0
        ? Array.from({ length: trace.units }, () => 0)
        : symbolValues(trace, n.sym, prev ? t - 1 : t);
    const scale = n.sym ? gateScale(n.sym, symbolMatrix(trace, n.sym)) : null;
    const label = n.sym ? `${name(n.sym)}${vals ? `: ${vals.map(fmt).join(', ')}` : ''}` : n.text;
    const focusProps = n.sym
      ? {
          tabIndex: 0,
          role: 'button',
          'aria-pressed': on,
          'aria-label': label,
          onFocus: () => setHighlight(n.sym ?? null),
          onMouseEnter: () => setHighlight(n.sym ?? null),
          className: `viz-mark${on ? ' is-active' : ''}`,
        }
      : { 'aria-hidden': true };
    if (n.kind === 'label') {
      return (
        <g key={n.id} {...focusProps} transform={`translate(${n.x},${n.y})`}>
          <text textAnchor="middle" fill={on ? ACCENT : FG} fontWeight={on ? 700 : 400}>
            {n.text}
          </text>
        </g>
      );
    }
    if (n.kind === 'op') {
      return (
        <g key={n.id} {...focusProps} transform={`translate(${n.x},${n.y})`}>
          <circle className="viz-mark-shape" r={12} fill={SURFACE} stroke={on ? ACCENT : FG} />
          <text dy="0.35em" textAnchor="middle">
            {n.text}
          </text>
        </g>
      );
    }
    const units = vals?.length ?? 0;
    return (
      <g key={n.id} {...focusProps} transform={`translate(${n.x - BOX.w / 2},${n.y - BOX.h / 2})`}>
        <rect
          className="viz-mark-shape"
          width={BOX.w}
          height={BOX.h}
          rx={4}
          fill={SURFACE}
          stroke={on ? ACCENT : FG}
          strokeWidth={on ? 3 : 1.5}
        />
        {vals &&
          scale &&
          vals.map((v, k) => (
            <rect
              key={k}
              x={3 + (k * (BOX.w - 6)) / units}
              y={BOX.h - 11}
              width={(BOX.w - 6) / units}
              height={8}
              fill={scale.colour(v)}
            />
          ))}
        <text x={BOX.w / 2} y={BOX.h / 2 - 2} dy="0.2em" textAnchor="middle">
          {n.text}
        </text>
        {n.sym && (
          <text x={BOX.w + 4} y={10} fill={on ? ACCENT : MUTED} fontStyle="italic">
            {n.sym}
          </text>
        )}
      </g>
    );
  };
  const hv = highlight ? symbolValues(trace, highlight, t) : null;
  return (
    <Figure
      lang={lang}
      title={say('cellTitle', lang, { cell: CELL_NAME[trace.cell] })}
      description={say('cellDesc', lang)}
      table={table}
      controls={
        <>
          <PlaybackControls
            labels={{
              group: say('playback', lang),
              play: say('play', lang),
              pause: say('pause', lang),
              step: say('stepOnce', lang),
              reset: say('reset', lang),
            }}
            playing={play.playing}
            onPlayingChange={play.setPlaying}
            onStep={play.step}
            onReset={play.reset}
          />
          <Slider
            label={say('timeStep', lang)}
            min={1}
            max={T}
            step={1}
            value={t + 1}
            hidden={T < 2}
            onChange={(v) => play.setT(v - 1)}
          />
        </>
      }
    >
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        style={{ maxWidth: width }}
        role="group"
        aria-label={say('cellTitle', lang, { cell: CELL_NAME[trace.cell] })}
        onMouseLeave={() => setHighlight(null)}
      >
        <defs>
          <marker
            id="viz-cell-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="6"
            markerHeight="6"
            orient="auto"
          >
            <path d="M0,0L10,5L0,10z" fill="context-stroke" />
          </marker>
        </defs>
        <g aria-hidden="true">
          {layout.edges.map((e, i) => (
            <polyline
              key={i}
              points={e.points.map((p) => p.join(',')).join(' ')}
              fill="none"
              stroke={e.sym && e.sym === highlight ? ACCENT : BORDER}
              strokeWidth={e.sym && e.sym === highlight ? 3.5 : 2}
              markerEnd={e.arrow ? 'url(#viz-cell-arrow)' : undefined}
            />
          ))}
        </g>
        {layout.nodes.map(node)}
      </svg>
      <p role="status" aria-live="polite" style={{ minHeight: '1.5em', margin: '0.25rem 0' }}>
        {highlight && `${name(highlight)}, t = ${t + 1}: ${hv ? hv.map(fmt).join(', ') : '–'}`}
      </p>
      {(props.showFormulas ?? !controlled) && (
        <FormulaLegend
          lang={lang}
          cell={trace.cell}
          highlight={highlight}
          onHighlight={setHighlight}
        />
      )}
    </Figure>
  );
});
