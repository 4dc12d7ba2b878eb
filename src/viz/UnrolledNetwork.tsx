/**
 * An RNN folded (one cell with a loop) or unrolled over T steps, for six input/output shapes. A
 * forward pass plays step by step (x(t) and h(t−1) in, h(t) and y(t) out, values as colour); the
 * backward mode sends ∂L/∂h(t) right to left with arrows that fade or grow with the per-step
 * gradient norms, and an optional truncation window k. The same W labels every recurrent edge.
 */
import { useState } from 'react';
import type { LayerTrace } from '../engine/types';
import type { Lang } from '../lesson/lang';
import { PlaybackControls, Select, Slider, usePlayback } from '../controls';
import { Figure, type TableData } from './Figure';
import { Tooltip } from './chartParts';
import { VectorNode } from './VectorNode';
import { ACCENT, BORDER, FG, MUTED, PLAY_INTERVAL_MS, SERIES, SURFACE } from './constants';
import { usePrefersReducedMotion } from './hooks';
import { fmt, logMagnitudeScale, signedScale } from './scales';
import { say } from './strings';
import {
  RNN_SHAPES,
  gradientWidth,
  edgeInWindow,
  stepRoles,
  unrolledGeometry,
  type RnnShape,
} from './unrolledLayout';

export interface UnrolledNetworkProps {
  lang: Lang;
  trace: LayerTrace;
  /** ‖∂L/∂h(t)‖ per step, for the backward mode. */
  gradNorms?: number[];
  shape?: RnnShape;
  mode?: 'forward' | 'backward';
  folded?: boolean;
  /** Truncated BPTT window k (null: the whole sequence). */
  truncation?: number | null;
  /** Controls a lesson fixes. */
  locked?: ('shape' | 'mode' | 'view' | 'truncation')[];
  width?: number;
  height?: number;
}

export function UnrolledNetwork(props: UnrolledNetworkProps) {
  const { lang, trace, gradNorms, width = 720, height = 260, locked = [] } = props;
  const [shape, setShape] = useState<RnnShape>(props.shape ?? 'manyToOne');
  const [mode, setMode] = useState(props.mode ?? 'forward');
  const [folded, setFolded] = useState(props.folded ?? false);
  const [k, setK] = useState<number | null>(props.truncation ?? null);
  const [active, setActive] = useState<string | null>(null);
  const reduced = usePrefersReducedMotion();
  const roles = stepRoles(shape, trace.hidden.length);
  const T = roles.length;
  const play = usePlayback(T, { intervalMs: PLAY_INTERVAL_MS, initial: T - 1 });
  const g = unrolledGeometry(T, width, height);
  const hScale = signedScale(1);
  const norms = gradNorms?.slice(0, T) ?? [];
  const maxNorm = Math.max(...norms.filter((v) => v > 0), 0);
  const gScale = logMagnitudeScale(Math.max(maxNorm * 1e-6, 1e-12), maxNorm || 1);
  const window = k === null ? T : Math.min(k, T);
  const shown = (t: number) => (mode === 'forward' ? t <= play.t : t >= T - 1 - play.t);
  const colX = (t: number) => (folded ? g.foldedX : g.colX[t]);
  const N = g.node;
  const wh = (t: number) => (roles[t].decoder ? 'W′ₕ' : 'Wₕ');
  const lossCols = roles.filter((r) => r.feedsLoss).map((r) => g.colX[r.t]);
  const describe = (name: string, t: number, v: number[] | null) =>
    `${name}(${t + 1})${v ? `: ${v.map(fmt).join(', ')}` : ''}`;
  const tooltip = (() => {
    if (!active) return null;
    const t = Number(active.slice(1));
    const v = active[0] === 'h' ? trace.hidden[t] : active[0] === 'x' ? trace.inputs[t] : null;
    const lines = [describe(active[0], t, v ?? null)];
    if (active[0] === 'h' && norms[t] !== undefined)
      lines.push(`‖∂L/∂h(${t + 1})‖ = ${fmt(norms[t])}`);
    const cy = active[0] === 'h' ? g.rowY.h : active[0] === 'x' ? g.rowY.x : g.rowY.y;
    return <Tooltip x={colX(t) + N / 2} y={cy} width={width} lines={lines} />;
  })();
  const table = (): TableData => ({
    caption: `${say('unrolledTitle', lang)}: ${say(shape, lang)}`,
    columns: ['t', 'x(t)', 'h(t)', 'y(t)', say('feedsLoss', lang), say('gradNorm', lang)],
    rows: roles.map((r) => [
      r.t + 1,
      r.input ? (trace.inputs[r.t] ?? []).map(fmt).join(', ') : r.feedback ? 'y(t−1)' : '–',
      (trace.hidden[r.t] ?? []).map(fmt).join(', '),
      r.output ? '●' : '–',
      r.feedsLoss ? '✓' : '',
      fmt(norms[r.t]),
    ]),
  });
  const move = reduced ? undefined : 'viz-moving';
  return (
    <Figure
      lang={lang}
      title={say('unrolledTitle', lang)}
      description={say('unrolledDesc', lang)}
      table={table}
      controls={
        <>
          <Select
            label={say('view', lang)}
            value={folded ? 'folded' : 'unrolled'}
            locked={locked.includes('view')}
            options={[
              { value: 'folded', label: say('folded', lang) },
              { value: 'unrolled', label: say('unrolled', lang) },
            ]}
            onChange={(v) => setFolded(v === 'folded')}
          />
          <Select
            label={say('shape', lang)}
            value={shape}
            locked={locked.includes('shape')}
            options={RNN_SHAPES.map((s) => ({ value: s, label: say(s, lang) }))}
            onChange={setShape}
          />
          <Select
            label={say('mode', lang)}
            value={mode}
            locked={locked.includes('mode')}
            options={[
              { value: 'forward', label: say('forward', lang) },
              { value: 'backward', label: say('backward', lang) },
            ]}
            onChange={(m) => {
              setMode(m);
              play.reset();
            }}
          />
          <Slider
            label={say('truncation', lang)}
            min={1}
            max={T}
            step={1}
            value={window}
            hidden={mode !== 'backward' || T < 2}
            locked={locked.includes('truncation')}
            onChange={(v) => setK(v >= T ? null : v)}
          />
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
            atEnd={play.atEnd}
            hidden={folded}
          />
          <Slider
            label={say('timeStep', lang)}
            min={1}
            max={T}
            step={1}
            value={play.t + 1}
            hidden={folded || T < 2}
            onChange={(v) => play.setT(v - 1)}
          />
        </>
      }
    >
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={`${say(shape, lang)}, ${say(folded ? 'folded' : 'unrolled', lang)}, ${say(mode, lang)}`}
      >
        <defs>
          <marker
            id="viz-unr-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="5"
            markerHeight="5"
            orient="auto-start-reverse"
          >
            <path d="M0,0L10,5L0,10z" fill="context-stroke" />
          </marker>
        </defs>
        {mode === 'backward' && !folded && k !== null && (
          <g>
            <rect
              x={g.colX[T - window] - N * 0.8}
              y={g.rowY.y - N}
              width={g.colX[T - 1] - g.colX[T - window] + N * 1.6}
              height={g.rowY.x - g.rowY.y + N}
              fill={SERIES[4]}
              opacity={0.12}
            />
            <text
              x={g.colX[T - window] - N * 0.7}
              y={g.rowY.y - N + 14}
              fill={MUTED}
            >{`k = ${window}`}</text>
          </g>
        )}
        <g opacity={folded ? 0 : 1} className={move} aria-hidden="true">
          {lossCols.length > 0 && (
            <>
              <rect
                x={Math.min(...lossCols) - N / 2}
                y={g.rowY.loss - 10}
                width={Math.max(...lossCols) - Math.min(...lossCols) + N}
                height={18}
                rx={4}
                fill={SURFACE}
                stroke={ACCENT}
              />
              <text
                x={(Math.min(...lossCols) + Math.max(...lossCols)) / 2}
                y={g.rowY.loss + 4}
                textAnchor="middle"
              >{`L = Σ ${say('loss', lang)}(t)`}</text>
            </>
          )}
          {roles.map((r) => (
            <g key={r.t}>
              {r.feedsLoss && (
                <line
                  x1={g.colX[r.t]}
                  x2={g.colX[r.t]}
                  y1={g.rowY.y - N / 2}
                  y2={g.rowY.loss + 8}
                  stroke={ACCENT}
                  strokeDasharray="3 3"
                />
              )}
              {r.t > 0 &&
                (() => {
                  const x1 = g.colX[r.t - 1] + N / 2;
                  const x2 = g.colX[r.t] - N / 2;
                  const back = mode === 'backward';
                  const inWindow = edgeInWindow(r.t, T, window);
                  const on = back ? shown(r.t) && inWindow : shown(r.t);
                  const w =
                    back && norms[r.t] !== undefined ? gradientWidth(norms[r.t], maxNorm) : 1.5;
                  const col = back && norms[r.t] !== undefined ? gScale.colour(norms[r.t]) : FG;
                  return (
                    <g opacity={on ? 1 : 0.25}>
                      <line
                        x1={x1}
                        x2={x2 - 2}
                        y1={g.rowY.h}
                        y2={g.rowY.h}
                        stroke={back ? col : FG}
                        strokeWidth={w}
                        markerEnd={back ? undefined : 'url(#viz-unr-arrow)'}
                        markerStart={back ? 'url(#viz-unr-arrow)' : undefined}
                        strokeDasharray={back && !inWindow ? '2 3' : undefined}
                      />
                      <text
                        x={(x1 + x2) / 2}
                        y={g.rowY.h - 6}
                        textAnchor="middle"
                        fill={MUTED}
                        fontSize="11"
                      >
                        {wh(r.t)}
                      </text>
                    </g>
                  );
                })()}
              {r.feedback && (
                <path
                  d={`M${g.colX[r.t - 1] + N / 2},${g.rowY.y}C${g.colX[r.t] - N / 2},${g.rowY.y} ${g.colX[r.t] - N},${g.rowY.x} ${g.colX[r.t] - 4},${g.rowY.x - N / 2}`}
                  fill="none"
                  stroke={MUTED}
                  strokeDasharray="4 3"
                  markerEnd="url(#viz-unr-arrow)"
                />
              )}
            </g>
          ))}
        </g>
        {folded && (
          <g aria-hidden="true">
            <path
              d={`M${g.foldedX + N / 2},${g.rowY.h - 6}c${N},-${N} ${N},${N + 12} 2,${12}`}
              fill="none"
              stroke={FG}
              markerEnd="url(#viz-unr-arrow)"
            />
            <text x={g.foldedX + N * 1.3} y={g.rowY.h} fill={MUTED}>
              Wₕ
            </text>
          </g>
        )}
        {roles.map((r) => {
          const t = r.t;
          const on = shown(t);
          const stroke = r.decoder ? SERIES[1] : SERIES[0];
          return (
            <g
              key={t}
              className={move}
              style={{
                transform: `translate(${colX(t)}px, 0px)`,
                opacity: folded && t > 0 ? 0 : 1,
              }}
              aria-hidden={folded && t > 0 ? true : undefined}
            >
              {r.input && (
                <>
                  <line
                    x1={0}
                    x2={0}
                    y1={g.rowY.x - N / 2}
                    y2={g.rowY.h + N / 2 + 2}
                    stroke={FG}
                    markerEnd="url(#viz-unr-arrow)"
                  />
                  <text x={4} y={(g.rowY.x + g.rowY.h) / 2} fill={MUTED} fontSize="11">
                    Wₓ
                  </text>
                  <VectorNode
                    id={`x${t}`}
                    cx={0}
                    cy={g.rowY.x}
                    size={N * 0.8}
                    label={`x${folded ? 't' : t + 1}`}
                    values={trace.inputs[t] ?? null}
                    scale={hScale}
                    active={active === `x${t}`}
                    stroke={BORDER}
                    onActive={setActive}
                    description={describe('x', t, trace.inputs[t] ?? null)}
                  />
                </>
              )}
              {r.output && (
                <>
                  <line
                    x1={0}
                    x2={0}
                    y1={g.rowY.h - N / 2}
                    y2={g.rowY.y + N * 0.4 + 2}
                    stroke={FG}
                    markerEnd="url(#viz-unr-arrow)"
                  />
                  <text x={4} y={(g.rowY.y + g.rowY.h) / 2 + 4} fill={MUTED} fontSize="11">
                    Wᵧ
                  </text>
                  <VectorNode
                    id={`y${t}`}
                    cx={0}
                    cy={g.rowY.y}
                    size={N * 0.8}
                    label={`y${folded ? 't' : t + 1}`}
                    values={null}
                    scale={hScale}
                    active={active === `y${t}`}
                    stroke={r.feedsLoss ? ACCENT : BORDER}
                    onActive={setActive}
                    description={`y(${t + 1})${r.feedsLoss ? `, ${say('feedsLoss', lang)}` : ''}`}
                  />
                </>
              )}
              <VectorNode
                id={`h${t}`}
                cx={0}
                cy={g.rowY.h}
                size={N}
                label={`h${folded ? 't' : t + 1}`}
                values={on || mode === 'backward' ? (trace.hidden[t] ?? null) : null}
                scale={hScale}
                active={active === `h${t}`}
                stroke={stroke}
                onActive={setActive}
                description={
                  describe('h', t, trace.hidden[t] ?? null) +
                  (norms[t] !== undefined ? `; ‖∂L/∂h‖ ${fmt(norms[t])}` : '')
                }
              />
            </g>
          );
        })}
        {shape === 'encoderDecoder' && !folded && (
          <g aria-hidden="true">
            <text x={g.colX[0]} y={height - 2} fill={SERIES[0]}>
              {say('encoder', lang)}
            </text>
            <text x={g.colX[Math.ceil(T / 2)]} y={height - 2} fill={SERIES[1]}>
              {say('decoder', lang)}
            </text>
          </g>
        )}
        {tooltip}
      </svg>
    </Figure>
  );
}
