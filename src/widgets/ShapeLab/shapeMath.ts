/**
 * The tensor shapes and parameter counts of one recurrent layer, as Keras and as PyTorch see the
 * same data. Keras's side is the engine's `shapes.ts` (through the ShapeCalculator drawing's
 * `stackSummary`, the code behind the model summaries); PyTorch's follows the nn.RNN / nn.LSTM /
 * nn.GRU documentation: two bias vectors per gate block, output always the whole sequence, h_n
 * shaped (num_layers·directions, batch, hidden) whether or not batch_first is set.
 */
import type { CellKind } from '../../engine/types';
import { gateCount } from '../../engine/shapes';
import { stackSummary } from '../../viz/ShapeCalculator';

export interface LayerSetup {
  cell: CellKind;
  batch: number;
  /** Keras: batch_input_shape fixes the batch; otherwise summary() shows None. */
  fixBatch: boolean;
  timesteps: number;
  features: number;
  units: number;
  returnSequences: boolean;
  batchFirst: boolean;
}

export const KERAS_CLASS: Record<string, string> = {
  simpleRnn: 'SimpleRNN',
  lstm: 'LSTM',
  gru: 'GRU',
};
export const TORCH_CLASS: Record<string, string> = { simpleRnn: 'RNN', lstm: 'LSTM', gru: 'GRU' };

export interface WeightPart {
  name: string;
  shape: number[];
  count: number;
}

export interface KerasView {
  code: string;
  input: (number | null)[];
  output: (number | null)[];
  /** The cell alone (SimpleRNNCell): one step, (batch, features) + state → (batch, units). */
  cellInput: (number | null)[];
  cellOutput: (number | null)[];
  weights: WeightPart[];
  params: number;
}

export interface TorchView {
  code: string;
  input: number[];
  output: number[];
  hN: number[];
  /** LSTM also returns c_n, shaped like h_n. */
  cN: number[] | null;
  weights: WeightPart[];
  params: number;
}

const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

export function kerasView(s: LayerSetup): KerasView {
  const { rows } = stackSummary({
    timesteps: s.timesteps,
    features: s.features,
    // Keras 2 / TF 2 builds GRU with reset_after=True by default.
    layers: [
      { cell: s.cell, units: s.units, returnSequences: s.returnSequences, gruResetAfter: true },
    ],
    headUnits: null,
  });
  const batch = s.fixBatch ? s.batch : null;
  const out = rows[0].outputShape.slice(1);
  const g = gateCount(s.cell) * s.units;
  const weights: WeightPart[] = [
    { name: 'kernel', shape: [s.features, g], count: s.features * g },
    { name: 'recurrent_kernel', shape: [s.units, g], count: s.units * g },
    s.cell === 'gru'
      ? { name: 'bias', shape: [2, g], count: 2 * g }
      : { name: 'bias', shape: [g], count: g },
  ];
  const shapeArg = s.fixBatch
    ? `batch_input_shape=(${s.batch}, ${s.timesteps}, ${s.features})`
    : `input_shape=(${s.timesteps}, ${s.features})`;
  const rs = s.returnSequences ? ', return_sequences=True' : '';
  return {
    code: `${KERAS_CLASS[s.cell]}(${s.units}, ${shapeArg}${rs})`,
    input: [batch, s.timesteps, s.features],
    output: [batch, ...out],
    cellInput: [batch, s.features],
    cellOutput: [batch, s.units],
    weights,
    params: rows[0].params,
  };
}

export function torchView(s: LayerSetup): TorchView {
  const g = gateCount(s.cell) * s.units;
  const weights: WeightPart[] = [
    { name: 'weight_ih_l0', shape: [g, s.features] },
    { name: 'weight_hh_l0', shape: [g, s.units] },
    { name: 'bias_ih_l0', shape: [g] },
    { name: 'bias_hh_l0', shape: [g] },
  ].map((w) => ({ ...w, count: size(w.shape) }));
  const seq = s.batchFirst ? [s.batch, s.timesteps] : [s.timesteps, s.batch];
  const bf = s.batchFirst ? ', batch_first=True' : '';
  return {
    code: `nn.${TORCH_CLASS[s.cell]}(input_size=${s.features}, hidden_size=${s.units}${bf})`,
    input: [...seq, s.features],
    output: [...seq, s.units],
    hN: [1, s.batch, s.units],
    cN: s.cell === 'lstm' ? [1, s.batch, s.units] : null,
    weights,
    params: weights.reduce((a, w) => a + w.count, 0),
  };
}

/** Keras writes None for an unknown size. */
export function tuple(shape: readonly (number | null)[]): string {
  return `(${shape.map((d) => (d === null ? 'None' : String(d))).join(', ')})`;
}
