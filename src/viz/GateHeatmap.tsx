/**
 * Units × time heatmaps of every gate of one sample (plus the hidden and cell states), on canvas so
 * they can follow training: the trace passes through useAnimationFrameValue, so a trainer posting
 * faster than the screen refreshes costs one redraw per frame.
 */
import { memo, useMemo } from 'react';
import type { LayerTrace } from '../engine/types';
import type { Lang } from '../lesson/lang';
import { Figure, type TableData } from './Figure';
import { Heatmap } from './Heatmap';
import { useAnimationFrameValue } from './hooks';
import { fmt, gateScale } from './scales';
import { say, type StringKey } from './strings';

export interface GateHeatmapProps {
  lang: Lang;
  trace: LayerTrace;
  /** Which panels; default every gate then h (and c for an LSTM). */
  gates?: string[];
  width?: number;
}

const GATE_NAME: Record<string, StringKey> = {
  i: 'inputGate',
  f: 'forgetGate',
  o: 'outputGate',
  g: 'candidate',
  r: 'resetGate',
  z: 'updateGate',
  c: 'cellState',
  h: 'hiddenState',
};

/** The panel's matrix [unit][t] (a LayerTrace stores [t][unit]). */
export function panelValues(trace: LayerTrace, gate: string): number[][] {
  const src =
    gate === 'h'
      ? trace.hidden
      : gate === 'c'
        ? (trace.cellState ?? [])
        : (trace.gates[gate] ?? []);
  return Array.from({ length: trace.units }, (_, u) => src.map((row) => row[u]));
}

export function defaultPanels(trace: LayerTrace): string[] {
  return [...Object.keys(trace.gates), ...(trace.cellState ? ['c'] : []), 'h'];
}

export function gateLabel(gate: string, lang: Lang): string {
  return GATE_NAME[gate] ? say(GATE_NAME[gate], lang) : gate;
}

/**
 * Memoised: a lab re-renders with every training snapshot, but the heatmaps change only with a new
 * trace, and each repaint of their canvases is GPU work.
 */
export const GateHeatmap = memo(function GateHeatmap({
  lang,
  trace: latest,
  gates,
  width = 640,
}: GateHeatmapProps) {
  const trace = useAnimationFrameValue(latest);
  const panels = useMemo(() => gates ?? defaultPanels(trace), [gates, trace]);
  // Values and colour scales per panel, once per trace (the heatmaps relayout when they change).
  const panelData = useMemo(
    () =>
      panels.map((g) => {
        const values = panelValues(trace, g);
        return { g, values, scale: gateScale(g, values) };
      }),
    [panels, trace],
  );
  const T = trace.hidden.length;
  const table = (): TableData[] =>
    panels.map((g) => ({
      caption: gateLabel(g, lang),
      columns: [say('unit', lang), ...Array.from({ length: T }, (_, t) => `t=${t + 1}`)],
      rows: panelValues(trace, g).map((row, u) => [u + 1, ...row.map(fmt)]),
    }));
  const panelW = panels.length > 1 ? Math.max(220, width / 2 - 16) : width;
  return (
    <Figure
      lang={lang}
      title={say('heatTitle', lang)}
      description={say('heatDesc', lang)}
      table={table}
    >
      <div className="viz-row">
        {panelData.map(({ g, values, scale }) => {
          return (
            <div key={g}>
              <Heatmap
                values={values}
                scale={scale}
                width={panelW}
                maxHeight={Math.max(60, trace.units * 22)}
                rowLabel={(r) => String(r + 1)}
                colLabel={(c) => String(c + 1)}
                rowTitle={say('unit', lang)}
                colTitle="t"
                legendTitle={gateLabel(g, lang)}
                label={`${gateLabel(g, lang)}: ${say('heatTitle', lang)}`}
              />
            </div>
          );
        })}
      </div>
    </Figure>
  );
});
