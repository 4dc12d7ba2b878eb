/**
 * The memory task the gate labs train on (the registry's `recall-*` experiments): the first of 30
 * symbols is one of 4, the next 29 are noise, and the model names the first one at the end, so the
 * cell must hold one fact for 29 steps (chance: 25%). Pure: builds the worker spec, reads a trace.
 */
import type { BackendChoice, CellKind, LayerTrace, Trace } from '../../engine/types';
import type { CreateSpec } from '../../worker/protocol';

export const RECALL_SYMBOLS = ['A', 'B', 'C', 'D'] as const;

export interface RecallSettings {
  units: number;
  epochs: number;
  seed: number;
  /** `auto` times the available backends on this model and keeps the fastest. */
  backend?: BackendChoice;
}

export const BACKEND_CHOICES: readonly BackendChoice[] = ['auto', 'wasm', 'webgl', 'cpu'];

/** The recall experiment with the chosen cell, size, epochs and seed (one layer, last output). */
export function recallSpec(cell: CellKind, s: RecallSettings): CreateSpec {
  return {
    experiment: cell === 'simpleRnn' ? 'recall-rnn' : 'recall-lstm',
    model: { layers: [{ cell, units: s.units, returnSequences: false }], seed: s.seed },
    train: { epochs: s.epochs, seed: s.seed },
    backend: s.backend ?? 'auto',
  };
}

function argmax(v: readonly number[]): number {
  let best = 0;
  v.forEach((x, i) => {
    if (x > v[best]) best = i;
  });
  return best;
}

/** What the traced sample asked and what the model answered. */
export interface RecallReadout {
  /** The symbol at t = 1 (0..3). */
  first: number;
  /** The model's answer (0..3) and its probability. */
  answer: number;
  probability: number;
}

export function recallReadout(trace: Trace | null): RecallReadout | null {
  const layer = trace?.layers[0];
  if (!trace || !layer || layer.inputs.length === 0 || trace.prediction.length < 2) return null;
  const x0 = layer.inputs[0];
  const first = x0.length > 1 ? argmax(x0) : Math.round(x0[0]);
  const answer = argmax(trace.prediction);
  return { first, answer, probability: trace.prediction[answer] };
}

/** Mean over units of a gate (or 'c', 'h') at each step: one number per t, for a short summary. */
export function meanPerStep(layer: LayerTrace, symbol: string): number[] {
  const m =
    symbol === 'h'
      ? layer.hidden
      : symbol === 'c'
        ? (layer.cellState ?? [])
        : (layer.gates[symbol] ?? []);
  return m.map((row) => row.reduce((s, v) => s + v, 0) / Math.max(1, row.length));
}
