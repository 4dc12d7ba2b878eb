/**
 * The cells' formulas in TeX, one notation with the lessons (syllabus S3.5, S8.1, S9.1): gates i,
 * f, o and candidate g; cell state c; GRU reset r and update z with Keras's convention
 * h(t) = z ⊙ h(t−1) + (1 − z) ⊙ g. Each symbol is wrapped in \htmlData{sym=…} so hovering or
 * focusing it can highlight the same part of the cell diagram.
 */
import type { CellKind } from '../engine/types';
import type { StringKey } from './strings';

/** `\htmlData{sym=s}{tex}`: the symbol's TeX, tagged for linking. */
export function sym(s: string, tex: string): string {
  return `\\htmlData{sym=${s}}{${tex}}`;
}

const affine = (g: string, h = 'h(t-1)') =>
  `W_{x${g}}\\,${sym('x', 'x(t)')} + W_{h${g}}\\,${h} + b_${g}`;

const H_PREV = sym('hPrev', 'h(t-1)');

/** The formulas of a cell, in order. */
export function cellFormulas(cell: CellKind): string[] {
  switch (cell) {
    case 'lstm':
      return [
        `${sym('i', 'i(t)')} = \\sigma(${affine('i', H_PREV)})`,
        `${sym('f', 'f(t)')} = \\sigma(${affine('f', H_PREV)})`,
        `${sym('g', 'g(t)')} = \\tanh(${affine('g', H_PREV)})`,
        `${sym('o', 'o(t)')} = \\sigma(${affine('o', H_PREV)})`,
        `${sym('c', 'c(t)')} = ${sym('f', 'f(t)')} \\odot ${sym('cPrev', 'c(t-1)')} + ${sym('i', 'i(t)')} \\odot ${sym('g', 'g(t)')}`,
        `${sym('h', 'h(t)')} = ${sym('o', 'o(t)')} \\odot \\tanh(${sym('c', 'c(t)')})`,
      ];
    case 'gru':
      return [
        `${sym('r', 'r(t)')} = \\sigma(${affine('r', H_PREV)})`,
        `${sym('z', 'z(t)')} = \\sigma(${affine('z', H_PREV)})`,
        `${sym('g', 'g(t)')} = \\tanh(${affine('g', `(${sym('r', 'r(t)')} \\odot ${H_PREV})`)})`,
        `${sym('h', 'h(t)')} = ${sym('z', 'z(t)')} \\odot ${H_PREV} + (1 - ${sym('z', 'z(t)')}) \\odot ${sym('g', 'g(t)')}`,
      ];
    default:
      return [`${sym('h', 'h(t)')} = \\tanh(W_x\\,${sym('x', 'x(t)')} + W_h\\,${H_PREV} + b)`];
  }
}

/** What each symbol is called, for accessible names and the values panel. */
export const SYMBOL_NAME: Record<string, StringKey> = {
  i: 'inputGate',
  f: 'forgetGate',
  g: 'candidate',
  o: 'outputGate',
  c: 'cellState',
  cPrev: 'cellState',
  h: 'hiddenState',
  hPrev: 'hiddenState',
  r: 'resetGate',
  z: 'updateGate',
  x: 'input',
};

/** A cell's display name. */
export const CELL_NAME: Record<CellKind, string> = {
  simpleRnn: 'SimpleRNN',
  lnSimpleRnn: 'SimpleRNN (LayerNorm)',
  lstm: 'LSTM',
  gru: 'GRU',
};
