/**
 * An RNN drawn unrolled in time (one column per step: x(t) below, h(t) in the middle, y(t) above,
 * h(t−1) → h(t) arrows between columns) or folded (one cell with its loop). Pure function of its
 * props; the layout is plain arithmetic and the SVG scales to its container through the viewBox.
 * Shared by the unrolling, sequence-shape and BPTT widgets so the three lessons draw alike.
 */
import type { ReactNode } from 'react';
import { ACCENT, BORDER, FG, MUTED, SURFACE } from '../../viz/constants';
import './UnrolledDiagram.css';

export type OutputRole = 'loss' | 'plain' | 'ignored' | 'absent';

export interface DiagramStep {
  /** Whether x(t) is fed at this step (a vector-to-sequence model feeds only the first). */
  hasInput: boolean;
  /** 'loss': y(t) is compared with a target; 'plain': shown, no loss; 'ignored': computed but unused. */
  output: OutputRole;
  /** Text under the symbol in each node (values), optional. */
  inputText?: string;
  hiddenText?: string;
  outputText?: string;
}

export interface UnrolledDiagramProps {
  steps: readonly DiagramStep[];
  /** Accessible name of the drawing. */
  label: string;
  /** The folded picture: one cell with a loop, showing the step `active`. */
  folded?: boolean;
  /** Steps (0-based) before this one have been computed; the rest are drawn faint. */
  computed?: number;
  /** The step being computed or receiving gradient now. */
  active?: number | null;
  /** Per step, gradient strength in [0, 1] (null: no gradient reaches it). Draws the backward flow. */
  gradient?: readonly (number | null)[];
  /** Column index where a decoder starts (encoder–decoder models draw a divider). */
  divider?: number | null;
  dividerLabels?: [string, string];
  /** Weight names on the arrows: [input→hidden, hidden→hidden, hidden→output]. */
  weightNames?: [string, string, string];
  lossLabel?: string;
}

/** Narrowest node; wider when the values printed in it need it. */
const NODE_MIN = 64;
/** Approximate advance of one character of the 11 px value text, in viewBox units. */
const CHAR_W = 6.4;
const PAD = 16;
const Y_OUT = 44;
const Y_HID = 128;
const Y_IN = 212;
const R = 24;
const HEIGHT = 262;

function Node(props: {
  x: number;
  y: number;
  symbol: string;
  text?: string;
  state: 'done' | 'todo' | 'active' | 'ignored';
  stroke?: string;
  /** Not computed yet: drawn faint whatever its state. */
  faint?: boolean;
  width?: number;
}): ReactNode {
  const { x, y, symbol, text, state } = props;
  const stroke =
    props.stroke ?? (state === 'active' ? ACCENT : state === 'ignored' ? MUTED : BORDER);
  return (
    <g
      className={`ud-node ud-${state}`}
      transform={`translate(${x},${y})`}
      opacity={state === 'todo' || props.faint ? 0.35 : 1}
    >
      <rect
        x={-(props.width ?? NODE_MIN) / 2}
        y={-R + 2}
        width={props.width ?? NODE_MIN}
        height={2 * R - 4}
        rx={10}
        fill={SURFACE}
        stroke={stroke}
        strokeWidth={state === 'active' ? 3 : 1.5}
        strokeDasharray={state === 'ignored' ? '4 3' : undefined}
      />
      <text y={text ? -4 : 5} textAnchor="middle" fill={state === 'ignored' ? MUTED : FG}>
        {symbol}
      </text>
      {text && (
        <text y={13} textAnchor="middle" className="ud-value" fill={MUTED}>
          {text}
        </text>
      )}
    </g>
  );
}

function Arrow(props: {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  label?: string;
  colour?: string;
  width?: number;
  dashed?: boolean;
  markerId: string;
  labelSide?: 'left' | 'above';
}): ReactNode {
  const { x1, y1, x2, y2, label, colour = MUTED, width = 1.5 } = props;
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  return (
    <g>
      <line
        x1={x1}
        y1={y1}
        x2={x2}
        y2={y2}
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={props.dashed ? '4 3' : undefined}
        markerEnd={`url(#${props.markerId})`}
      />
      {label && (
        <text
          x={props.labelSide === 'above' ? mx : mx + 6}
          y={props.labelSide === 'above' ? my - 6 : my + 4}
          textAnchor={props.labelSide === 'above' ? 'middle' : 'start'}
          className="ud-weight"
          fill={MUTED}
        >
          {label}
        </text>
      )}
    </g>
  );
}

/** Where the gradient is drawn: thickness grows with strength so it is not colour alone. */
function gradWidth(g: number): number {
  return 1 + 7 * Math.max(0, Math.min(1, g));
}

export function UnrolledDiagram(props: UnrolledDiagramProps) {
  const { steps, folded = false, computed = steps.length, active = null, gradient } = props;
  const [wx, wh, wy] = props.weightNames ?? ['Wxh', 'Whh', 'Why'];
  const longest = Math.max(
    0,
    ...steps.flatMap((s) => [s.inputText, s.hiddenText, s.outputText].map((v) => v?.length ?? 0)),
  );
  const nodeW = Math.max(NODE_MIN, Math.round(CHAR_W * longest + 14));
  const half = nodeW / 2;
  const COL = nodeW + 28;
  const markerId = 'ud-arrow';
  const gradMarker = 'ud-grad-arrow';
  const defs = (
    <defs>
      <marker
        id={markerId}
        viewBox="0 0 10 10"
        refX="9"
        refY="5"
        markerWidth="6"
        markerHeight="6"
        orient="auto"
      >
        <path d="M0,0L10,5L0,10z" fill={MUTED} />
      </marker>
      <marker
        id={gradMarker}
        viewBox="0 0 10 10"
        refX="9"
        refY="5"
        // Fixed size in user units: a head scaled by a thick stroke would swallow the nodes.
        markerUnits="userSpaceOnUse"
        markerWidth="12"
        markerHeight="12"
        orient="auto"
      >
        <path d="M0,0L10,5L0,10z" fill="var(--c5)" />
      </marker>
    </defs>
  );

  if (folded) {
    const t = active ?? Math.max(0, Math.min(steps.length - 1, computed - 1));
    const s = steps[t];
    const cx = 110 + half;
    const width = 2 * cx;
    return (
      <svg
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-label={props.label}
        className="ud-svg ud-folded"
      >
        {defs}
        <Arrow
          x1={cx}
          y1={Y_IN - R + 2}
          x2={cx}
          y2={Y_HID + R - 2}
          label={wx}
          markerId={markerId}
        />
        <Arrow
          x1={cx}
          y1={Y_HID - R + 2}
          x2={cx}
          y2={Y_OUT + R - 2}
          label={wy}
          markerId={markerId}
        />
        <path
          d={`M${cx + half},${Y_HID - 10} C${cx + half + 70},${Y_HID - 60} ${cx + half + 70},${Y_HID + 60} ${cx + half + 4},${Y_HID + 10}`}
          fill="none"
          stroke={ACCENT}
          strokeWidth={2}
          markerEnd={`url(#${markerId})`}
        />
        <text x={cx + half + 60} y={Y_HID + 4} className="ud-weight" fill={MUTED}>
          {wh}
        </text>
        <Node width={nodeW} x={cx} y={Y_IN} symbol="x(t)" text={s?.inputText} state="done" />
        <Node width={nodeW} x={cx} y={Y_HID} symbol="h(t)" text={s?.hiddenText} state="active" />
        <Node width={nodeW} x={cx} y={Y_OUT} symbol="y(t)" text={s?.outputText} state="done" />
      </svg>
    );
  }

  const x0 = PAD + half;
  const width = x0 + COL * steps.length + half + PAD;
  const xOf = (t: number) => x0 + COL * (t + 1);
  return (
    <div className="ud-scroll">
      <svg
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-label={props.label}
        className="ud-svg"
        // Below about 60 px a column's numbers are unreadable: scroll sideways instead on phones.
        style={{ minWidth: `${Math.round(width * 0.8)}px` }}
      >
        {defs}
        <Node width={nodeW} x={x0} y={Y_HID} symbol="h(0)" text="0" state="done" />
        {props.divider !== null && props.divider !== undefined && (
          <g>
            <line
              x1={xOf(props.divider) - COL / 2}
              x2={xOf(props.divider) - COL / 2}
              y1={8}
              y2={HEIGHT - 8}
              stroke={BORDER}
              strokeDasharray="6 4"
            />
            {props.dividerLabels && (
              <>
                <text
                  x={xOf(props.divider) - COL / 2 - 6}
                  y={HEIGHT - 10}
                  textAnchor="end"
                  fill={MUTED}
                >
                  {props.dividerLabels[0]}
                </text>
                <text x={xOf(props.divider) - COL / 2 + 6} y={HEIGHT - 10} fill={MUTED}>
                  {props.dividerLabels[1]}
                </text>
              </>
            )}
          </g>
        )}
        {steps.map((s, t) => {
          const x = xOf(t);
          const prevX = t === 0 ? x0 : xOf(t - 1);
          const state = t === active ? 'active' : t < computed ? 'done' : 'todo';
          const g = gradient?.[t];
          const gNext = gradient?.[t + 1];
          return (
            <g key={t} data-step={t + 1}>
              <Arrow
                x1={prevX + half}
                y1={Y_HID}
                x2={x - half}
                y2={Y_HID}
                label={wh}
                labelSide="above"
                colour={ACCENT}
                markerId={markerId}
              />
              {s.hasInput && (
                <Arrow
                  x1={x}
                  y1={Y_IN - R + 2}
                  x2={x}
                  y2={Y_HID + R - 2}
                  label={wx}
                  markerId={markerId}
                />
              )}
              {s.output !== 'absent' && (
                <Arrow
                  x1={x}
                  y1={Y_HID - R + 2}
                  x2={x}
                  y2={Y_OUT + R - 2}
                  label={wy}
                  dashed={s.output === 'ignored'}
                  markerId={markerId}
                />
              )}
              {g !== null && g !== undefined && (
                <g className="ud-grad" aria-hidden="true">
                  {/* The gradient enters from the loss above and, from the next step, along the chain. */}
                  {s.output === 'loss' && (
                    <line
                      x1={x - 14}
                      y1={Y_OUT + R}
                      x2={x - 14}
                      y2={Y_HID - R - 2}
                      stroke="var(--c5)"
                      strokeWidth={gradWidth(g)}
                      markerEnd={`url(#${gradMarker})`}
                    />
                  )}
                  {gNext !== null && gNext !== undefined && t + 1 < steps.length && (
                    <line
                      x1={xOf(t + 1) - half - 2}
                      y1={Y_HID + 12}
                      x2={x + half + 4}
                      y2={Y_HID + 12}
                      stroke="var(--c5)"
                      strokeWidth={gradWidth(gNext)}
                      markerEnd={`url(#${gradMarker})`}
                    />
                  )}
                </g>
              )}
              {s.hasInput && (
                <Node
                  width={nodeW}
                  x={x}
                  y={Y_IN}
                  symbol={`x(${t + 1})`}
                  text={s.inputText}
                  // Inputs are known before anything is computed: never faint.
                  state="done"
                />
              )}
              <Node
                width={nodeW}
                x={x}
                y={Y_HID}
                symbol={`h(${t + 1})`}
                text={s.hiddenText}
                state={state}
                stroke={g !== null && g !== undefined ? 'var(--c5)' : undefined}
              />
              {s.output !== 'absent' && (
                <Node
                  width={nodeW}
                  x={x}
                  y={Y_OUT}
                  symbol={`y(${t + 1})`}
                  text={s.outputText}
                  state={s.output === 'ignored' ? 'ignored' : state === 'todo' ? 'todo' : 'done'}
                  faint={state === 'todo'}
                />
              )}
              {s.output === 'loss' && (
                <text x={x} y={12} textAnchor="middle" className="ud-loss" fill={FG}>
                  {props.lossLabel ?? 'L'}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
