/**
 * One time step of a cell written out with its actual numbers: for each line of the formulas, the
 * symbolic form, the weights and vectors substituted, and the result. The arithmetic is done here,
 * line by line, from the weights (not read back from the trace), so the walkthrough shows how the
 * trace's values come about.
 */
import { isSigmoidGate, sigmoid, type CellWeights } from './cellWeights';

export interface WalkLine {
  /** Symbol the line defines (links to the diagram). */
  sym: string;
  /** TeX: symbolic form. */
  symbolic: string;
  /** TeX: numbers substituted. */
  substituted: string;
  /** TeX: the activation's argument evaluated (empty for point-wise lines). */
  evaluated: string;
  result: number[];
}

const DP = 2;
const num = (v: number) => (v < 0 ? `-${Math.abs(v).toFixed(DP)}` : v.toFixed(DP));
export const texVec = (v: number[]) => `\\begin{bmatrix}${v.map(num).join('\\\\')}\\end{bmatrix}`;
export const texMat = (m: number[][]) =>
  `\\begin{bmatrix}${m.map((r) => r.map(num).join(' & ')).join('\\\\')}\\end{bmatrix}`;

const mv = (m: number[][], v: number[]) => m.map((r) => r.reduce((s, w, j) => s + w * v[j], 0));
const add = (...vs: number[][]) => vs[0].map((_, k) => vs.reduce((s, v) => s + v[k], 0));
const mul = (a: number[], b: number[]) => a.map((v, k) => v * b[k]);

function gateLine(
  w: CellWeights,
  g: string,
  x: number[],
  h: number[],
  hTex: string,
  hName = 'h(t-1)',
): WalkLine {
  const p = w.gates[g];
  const pre = add(mv(p.Wx, x), mv(p.Wh, h), p.b);
  const sig = isSigmoidGate(g);
  const act = sig ? '\\sigma' : '\\tanh';
  const sub = w.kind === 'simpleRnn' || w.kind === 'lnSimpleRnn' ? '' : g;
  const name = w.kind === 'simpleRnn' || w.kind === 'lnSimpleRnn' ? 'h' : g;
  return {
    sym: name,
    symbolic: `${name}(t) = ${act}(W_{x${sub}}\\,x(t) + W_{h${sub}}\\,${hName} + b${sub ? `_${sub}` : ''})`,
    substituted: `${act}\\left(${texMat(p.Wx)}${texVec(x)} + ${texMat(p.Wh)}${hTex} + ${texVec(p.b)}\\right)`,
    evaluated: `${act}\\left(${texVec(pre)}\\right)`,
    result: pre.map(sig ? sigmoid : Math.tanh),
  };
}

/** The lines of one step from x(t), h(t−1) (and c(t−1) for an LSTM). */
export function walkthroughLines(
  w: CellWeights,
  x: number[],
  hPrev: number[],
  cPrev?: number[],
): WalkLine[] {
  if (w.kind === 'lstm') {
    const c0 = cPrev ?? hPrev.map(() => 0);
    const [i, f, g, o] = ['i', 'f', 'g', 'o'].map((k) => gateLine(w, k, x, hPrev, texVec(hPrev)));
    const c = add(mul(f.result, c0), mul(i.result, g.result));
    const tc = c.map(Math.tanh);
    const h = mul(o.result, tc);
    return [
      i,
      f,
      g,
      o,
      {
        sym: 'c',
        symbolic: 'c(t) = f(t) \\odot c(t-1) + i(t) \\odot g(t)',
        substituted: `${texVec(f.result)} \\odot ${texVec(c0)} + ${texVec(i.result)} \\odot ${texVec(g.result)}`,
        evaluated: '',
        result: c,
      },
      {
        sym: 'h',
        symbolic: 'h(t) = o(t) \\odot \\tanh(c(t))',
        substituted: `${texVec(o.result)} \\odot ${texVec(tc)}`,
        evaluated: '',
        result: h,
      },
    ];
  }
  if (w.kind === 'gru') {
    const r = gateLine(w, 'r', x, hPrev, texVec(hPrev));
    const z = gateLine(w, 'z', x, hPrev, texVec(hPrev));
    const rh = mul(r.result, hPrev);
    const g = gateLine(w, 'g', x, rh, texVec(rh), '(r(t) \\odot h(t-1))');
    const h = add(
      mul(z.result, hPrev),
      mul(
        z.result.map((v) => 1 - v),
        g.result,
      ),
    );
    return [
      r,
      z,
      g,
      {
        sym: 'h',
        symbolic: 'h(t) = z(t) \\odot h(t-1) + (1 - z(t)) \\odot g(t)',
        substituted: `${texVec(z.result)} \\odot ${texVec(hPrev)} + ${texVec(z.result.map((v) => 1 - v))} \\odot ${texVec(g.result)}`,
        evaluated: '',
        result: h,
      },
    ];
  }
  return [gateLine(w, 'h', x, hPrev, texVec(hPrev))];
}
