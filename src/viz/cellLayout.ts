/**
 * The cell diagrams as data, in a 600 × 300 box: gate boxes (σ or tanh), point-wise operations
 * (×, +, 1−), and the paths between them, after the familiar LSTM/GRU figures (Olah 2015). Each
 * gate carries the formula symbol it computes, which links it to the formula legend.
 */
import type { CellKind } from '../engine/types';

export type CellNodeKind = 'sigmoid' | 'tanh' | 'op' | 'label';

export interface CellNode {
  id: string;
  kind: CellNodeKind;
  text: string;
  x: number;
  y: number;
  /** Formula symbol this node computes (gates, states). */
  sym?: string;
}

export interface CellEdge {
  points: [number, number][];
  sym?: string;
  arrow?: boolean;
}

export interface CellLayout {
  width: number;
  height: number;
  nodes: CellNode[];
  edges: CellEdge[];
}

const W = 600;
const H = 300;

function lstm(): CellLayout {
  return {
    width: W,
    height: H,
    nodes: [
      { id: 'cPrev', kind: 'label', text: 'c(t−1)', x: 30, y: 38, sym: 'c' },
      { id: 'cOut', kind: 'label', text: 'c(t)', x: 570, y: 38, sym: 'c' },
      { id: 'hPrev', kind: 'label', text: 'h(t−1)', x: 30, y: 238, sym: 'h' },
      { id: 'hOut', kind: 'label', text: 'h(t)', x: 570, y: 238, sym: 'h' },
      { id: 'xIn', kind: 'label', text: 'x(t)', x: 110, y: 296, sym: 'x' },
      { id: 'f', kind: 'sigmoid', text: 'σ', x: 150, y: 170, sym: 'f' },
      { id: 'i', kind: 'sigmoid', text: 'σ', x: 230, y: 170, sym: 'i' },
      { id: 'g', kind: 'tanh', text: 'tanh', x: 310, y: 170, sym: 'g' },
      { id: 'o', kind: 'sigmoid', text: 'σ', x: 410, y: 170, sym: 'o' },
      { id: 'mulF', kind: 'op', text: '×', x: 150, y: 50 },
      { id: 'mulIG', kind: 'op', text: '×', x: 270, y: 110 },
      { id: 'add', kind: 'op', text: '+', x: 270, y: 50, sym: 'c' },
      { id: 'tanhC', kind: 'tanh', text: 'tanh', x: 490, y: 110 },
      { id: 'mulO', kind: 'op', text: '×', x: 490, y: 170, sym: 'h' },
    ],
    edges: [
      {
        points: [
          [40, 50],
          [138, 50],
        ],
        sym: 'c',
      },
      {
        points: [
          [162, 50],
          [258, 50],
        ],
        sym: 'c',
      },
      {
        points: [
          [282, 50],
          [560, 50],
        ],
        sym: 'c',
        arrow: true,
      },
      {
        points: [
          [40, 250],
          [430, 250],
        ],
        sym: 'h',
      },
      {
        points: [
          [110, 285],
          [110, 250],
        ],
        sym: 'x',
      },
      ...[150, 230, 310, 410].map((x): CellEdge => ({
        points: [
          [x, 250],
          [x, 188],
        ],
        arrow: true,
      })),
      {
        points: [
          [150, 152],
          [150, 62],
        ],
        sym: 'f',
        arrow: true,
      },
      {
        points: [
          [230, 152],
          [230, 110],
          [258, 110],
        ],
        sym: 'i',
        arrow: true,
      },
      {
        points: [
          [310, 152],
          [310, 110],
          [282, 110],
        ],
        sym: 'g',
        arrow: true,
      },
      {
        points: [
          [270, 98],
          [270, 62],
        ],
        arrow: true,
      },
      {
        points: [
          [490, 50],
          [490, 92],
        ],
        sym: 'c',
        arrow: true,
      },
      {
        points: [
          [490, 128],
          [490, 158],
        ],
        arrow: true,
      },
      {
        points: [
          [428, 170],
          [478, 170],
        ],
        sym: 'o',
        arrow: true,
      },
      {
        points: [
          [490, 182],
          [490, 250],
          [560, 250],
        ],
        sym: 'h',
        arrow: true,
      },
    ],
  };
}

function gru(): CellLayout {
  return {
    width: W,
    height: H,
    nodes: [
      { id: 'hPrev', kind: 'label', text: 'h(t−1)', x: 30, y: 38, sym: 'h' },
      { id: 'hOut', kind: 'label', text: 'h(t)', x: 570, y: 38, sym: 'h' },
      { id: 'xIn', kind: 'label', text: 'x(t)', x: 120, y: 296, sym: 'x' },
      { id: 'r', kind: 'sigmoid', text: 'σ', x: 170, y: 190, sym: 'r' },
      { id: 'z', kind: 'sigmoid', text: 'σ', x: 250, y: 190, sym: 'z' },
      { id: 'g', kind: 'tanh', text: 'tanh', x: 400, y: 190, sym: 'g' },
      { id: 'mulR', kind: 'op', text: '×', x: 170, y: 120 },
      { id: 'mulZ', kind: 'op', text: '×', x: 250, y: 50 },
      { id: 'oneMinus', kind: 'op', text: '1−', x: 320, y: 120 },
      { id: 'mulG', kind: 'op', text: '×', x: 400, y: 120 },
      { id: 'add', kind: 'op', text: '+', x: 400, y: 50, sym: 'h' },
    ],
    edges: [
      {
        points: [
          [40, 50],
          [238, 50],
        ],
        sym: 'h',
      },
      {
        points: [
          [262, 50],
          [388, 50],
        ],
      },
      {
        points: [
          [412, 50],
          [560, 50],
        ],
        sym: 'h',
        arrow: true,
      },
      {
        points: [
          [70, 50],
          [70, 260],
          [260, 260],
        ],
        sym: 'h',
      },
      {
        points: [
          [70, 120],
          [158, 120],
        ],
        sym: 'h',
        arrow: true,
      },
      {
        points: [
          [120, 285],
          [120, 260],
        ],
        sym: 'x',
      },
      ...[170, 250].map((x): CellEdge => ({
        points: [
          [x, 260],
          [x, 208],
        ],
        arrow: true,
      })),
      {
        points: [
          [120, 260],
          [120, 275],
          [400, 275],
          [400, 208],
        ],
        sym: 'x',
        arrow: true,
      },
      {
        points: [
          [170, 172],
          [170, 132],
        ],
        sym: 'r',
        arrow: true,
      },
      {
        points: [
          [182, 120],
          [220, 120],
          [220, 150],
          [380, 150],
          [380, 172],
        ],
        sym: 'r',
        arrow: true,
      },
      {
        points: [
          [250, 172],
          [250, 62],
        ],
        sym: 'z',
        arrow: true,
      },
      {
        points: [
          [250, 120],
          [306, 120],
        ],
        sym: 'z',
        arrow: true,
      },
      {
        points: [
          [334, 120],
          [388, 120],
        ],
        sym: 'z',
        arrow: true,
      },
      {
        points: [
          [400, 172],
          [400, 132],
        ],
        sym: 'g',
        arrow: true,
      },
      {
        points: [
          [400, 108],
          [400, 62],
        ],
        arrow: true,
      },
    ],
  };
}

function simple(): CellLayout {
  return {
    width: W,
    height: 220,
    nodes: [
      { id: 'hPrev', kind: 'label', text: 'h(t−1)', x: 40, y: 98, sym: 'h' },
      { id: 'hOut', kind: 'label', text: 'h(t)', x: 560, y: 98, sym: 'h' },
      { id: 'xIn', kind: 'label', text: 'x(t)', x: 200, y: 214, sym: 'x' },
      { id: 'h', kind: 'tanh', text: 'tanh', x: 320, y: 110, sym: 'h' },
      { id: 'hNext', kind: 'label', text: 'Wₓ x(t) + Wₕ h(t−1) + b', x: 200, y: 70 },
    ],
    edges: [
      {
        points: [
          [40, 110],
          [292, 110],
        ],
        sym: 'h',
        arrow: true,
      },
      {
        points: [
          [200, 200],
          [200, 110],
        ],
        sym: 'x',
      },
      {
        points: [
          [348, 110],
          [560, 110],
        ],
        sym: 'h',
        arrow: true,
      },
    ],
  };
}

export function cellLayout(cell: CellKind): CellLayout {
  return cell === 'lstm' ? lstm() : cell === 'gru' ? gru() : simple();
}
