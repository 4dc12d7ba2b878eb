/**
 * A Keras-style summary (layer, output shape, params) for an editable stack of recurrent layers on
 * an input (timesteps, features), with the tensor shapes drawn flowing through. The arithmetic is
 * the engine's `shapes.ts`, the same code that builds the model's own summary.
 */
import { useState } from 'react';
import type { CellKind, LayerSummary, ModelConfig, RecurrentLayerConfig } from '../engine/types';
import { configErrors, summarize } from '../engine/shapes';
import type { Lang } from '../lesson/lang';
import { Select, Slider, Toggle } from '../controls';
import { Figure, DataTable, type TableData } from './Figure';
import { ACCENT, BORDER, MUTED, SURFACE } from './constants';
import { say } from './strings';

export interface ShapeStack {
  timesteps: number;
  features: number;
  layers: RecurrentLayerConfig[];
  /** Dense head units, or null for no head (the summary then ends at the last recurrent layer). */
  headUnits: number | null;
  headEveryStep?: boolean;
}

export interface ShapeCalculatorProps {
  lang: Lang;
  initial: ShapeStack;
  width?: number;
  /** Fix the stack (a lesson showing one worked example). */
  locked?: boolean;
}

const CELLS: { value: CellKind; label: string }[] = [
  { value: 'simpleRnn', label: 'SimpleRNN' },
  { value: 'lstm', label: 'LSTM' },
  { value: 'gru', label: 'GRU' },
];

/** Keras writes shapes as tuples with None for the batch and unknown lengths. */
export function shapeText(shape: readonly (number | null)[]): string {
  return `(${shape.map((d) => (d === null ? 'None' : String(d))).join(', ')})`;
}

/** The summary rows of a stack; without a head, the engine's Dense row is left out. */
export function stackSummary(stack: ShapeStack): { rows: LayerSummary[]; errors: string[] } {
  const config: ModelConfig = {
    input: { kind: 'dense', features: stack.features },
    timesteps: stack.timesteps,
    layers: stack.layers,
    head: {
      kind: stack.headEveryStep ? 'everyStep' : 'last',
      units: stack.headUnits ?? 1,
      activation: 'linear',
    },
    seed: 0,
  };
  const rows = summarize(config);
  const errors = configErrors(config).filter(
    (e) => stack.headUnits !== null || !e.startsWith('model.head'),
  );
  return { rows: stack.headUnits === null ? rows.slice(0, -1) : rows, errors };
}

function summaryTable(rows: LayerSummary[], stack: ShapeStack, lang: Lang): TableData {
  const total = rows.reduce((s, r) => s + r.params, 0);
  return {
    caption: say('shapeTitle', lang),
    columns: [say('layer', lang), say('outputShape', lang), say('params', lang)],
    rows: [
      [say('inputShape', lang), shapeText([null, stack.timesteps, stack.features]), 0],
      ...rows.map((r) => [`${r.name} (${r.kind})`, shapeText(r.outputShape), r.params]),
      [say('total', lang), '', total],
    ],
  };
}

export function ShapeCalculator({
  lang,
  initial,
  width = 640,
  locked = false,
}: ShapeCalculatorProps) {
  const [stack, setStack] = useState(initial);
  const { rows, errors } = stackSummary(stack);
  const table = summaryTable(rows, stack, lang);
  const setLayer = (i: number, patch: Partial<RecurrentLayerConfig>) =>
    setStack((s) => ({ ...s, layers: s.layers.map((l, k) => (k === i ? { ...l, ...patch } : l)) }));
  const badLayers = errors
    .map((e) => /^model\.layer(\d+)\.returnSequences$/.exec(e))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]) + 2);
  const boxes = [
    shapeText([null, stack.timesteps, stack.features]),
    ...rows.map((r) => shapeText(r.outputShape)),
  ];
  const names = [say('inputShape', lang), ...rows.map((r) => r.kind)];
  const bw = Math.min(150, (width - 20) / boxes.length - 20);
  return (
    <Figure
      lang={lang}
      title={say('shapeTitle', lang)}
      description={say('shapeDesc', lang)}
      table={() => table}
      controls={
        <>
          <Slider
            label={say('timesteps', lang)}
            min={1}
            max={50}
            step={1}
            value={stack.timesteps}
            locked={locked}
            onChange={(v) => setStack((s) => ({ ...s, timesteps: v }))}
          />
          <Slider
            label={say('features', lang)}
            min={1}
            max={64}
            step={1}
            value={stack.features}
            locked={locked}
            onChange={(v) => setStack((s) => ({ ...s, features: v }))}
          />
        </>
      }
    >
      <ol className="viz-layer-list">
        {stack.layers.map((l, i) => (
          <li key={i} className="viz-toolbar">
            <Select
              label={say('cell', lang)}
              value={l.cell}
              options={CELLS}
              locked={locked}
              onChange={(cell) => setLayer(i, { cell })}
            />
            <Slider
              label={say('units', lang)}
              min={1}
              max={128}
              step={1}
              value={l.units}
              locked={locked}
              onChange={(units) => setLayer(i, { units })}
            />
            <Toggle
              label={say('returnSequences', lang)}
              checked={l.returnSequences}
              locked={locked}
              onChange={(returnSequences) => setLayer(i, { returnSequences })}
            />
            <Toggle
              label={say('bidirectional', lang)}
              checked={!!l.bidirectional}
              locked={locked}
              onChange={(bidirectional) => setLayer(i, { bidirectional })}
            />
            <Toggle
              label={say('resetAfter', lang)}
              checked={!!l.gruResetAfter}
              locked={locked}
              hidden={l.cell !== 'gru'}
              onChange={(gruResetAfter) => setLayer(i, { gruResetAfter })}
            />
            {!locked && stack.layers.length > 1 && (
              <button
                type="button"
                className="viz-button"
                onClick={() =>
                  setStack((s) => ({ ...s, layers: s.layers.filter((_, k) => k !== i) }))
                }
              >
                {say('removeLayer', lang, { n: i + 1 })}
              </button>
            )}
          </li>
        ))}
      </ol>
      <div className="viz-toolbar">
        {!locked && (
          <button
            type="button"
            className="viz-button"
            onClick={() =>
              setStack((s) => ({
                ...s,
                layers: [...s.layers, { cell: 'lstm', units: 4, returnSequences: false }],
              }))
            }
          >
            {say('addLayer', lang)}
          </button>
        )}
        <Toggle
          label={say('head', lang)}
          checked={stack.headUnits !== null}
          locked={locked}
          onChange={(on) => setStack((s) => ({ ...s, headUnits: on ? 1 : null }))}
        />
        {stack.headUnits !== null && (
          <Slider
            label={say('dense', lang)}
            min={1}
            max={64}
            step={1}
            value={stack.headUnits}
            locked={locked}
            onChange={(headUnits) => setStack((s) => ({ ...s, headUnits }))}
          />
        )}
      </div>
      {badLayers.map((n) => (
        <p key={n} role="alert" className="viz-error">
          {say('needsSequences', lang, { n })}
        </p>
      ))}
      <svg
        viewBox={`0 0 ${width} 70`}
        role="img"
        aria-label={boxes.map((b, i) => `${names[i]} ${b}`).join(' → ')}
      >
        <defs>
          <marker
            id="viz-shape-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="6"
            markerHeight="6"
            orient="auto"
          >
            <path d="M0,0L10,5L0,10z" fill={MUTED} />
          </marker>
        </defs>
        {boxes.map((b, i) => {
          const x = 10 + i * (bw + 20);
          return (
            <g key={i} transform={`translate(${x},10)`}>
              <rect
                width={bw}
                height={44}
                rx={6}
                fill={SURFACE}
                stroke={i === 0 ? BORDER : ACCENT}
              />
              <text x={bw / 2} y={18} textAnchor="middle">
                {names[i]}
              </text>
              <text x={bw / 2} y={36} textAnchor="middle">
                {b}
              </text>
              {i > 0 && (
                <line
                  x1={-18}
                  x2={-2}
                  y1={22}
                  y2={22}
                  stroke={MUTED}
                  markerEnd="url(#viz-shape-arrow)"
                />
              )}
            </g>
          );
        })}
      </svg>
      <DataTable data={table} />
    </Figure>
  );
}
