/**
 * Weights of one small recurrent cell as plain arrays, the way the drawings take them. For each
 * gate (LSTM i, f, o, g; GRU r, z, g; SimpleRNN h): Wx [units][features], Wh [units][units], b
 * [units]. Gate g(t) = act(Wx·x(t) + Wh·h(t−1) + b) (Keras kernel / recurrent_kernel / bias, split
 * per gate and transposed so a row is one unit).
 */
import type { CellKind } from '../engine/types';

export interface GateWeights {
  Wx: number[][];
  Wh: number[][];
  b: number[];
}

export interface CellWeights {
  kind: CellKind;
  features: number;
  units: number;
  gates: Record<string, GateWeights>;
}

/** Gate names in drawing order, per cell. SimpleRNN has one "gate": the tanh layer producing h. */
export const GATES: Record<CellKind, readonly string[]> = {
  simpleRnn: ['h'],
  lnSimpleRnn: ['h'],
  lstm: ['i', 'f', 'g', 'o'],
  gru: ['r', 'z', 'g'],
};

/** Sigmoid gates squash to (0, 1); the rest use tanh. */
export function isSigmoidGate(gate: string): boolean {
  return gate === 'i' || gate === 'f' || gate === 'o' || gate === 'r' || gate === 'z';
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
