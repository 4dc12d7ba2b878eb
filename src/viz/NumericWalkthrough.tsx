/**
 * One time step of a cell with the real numbers substituted into its formulas (KaTeX), revealed a
 * line at a time with previous/next, for a chosen sample and time step.
 */
import { useMemo, useState } from 'react';
import katex from 'katex';
import 'katex/dist/katex.min.css';
import type { LayerTrace } from '../engine/types';
import type { Lang } from '../lesson/lang';
import { Select, Slider } from '../controls';
import type { CellWeights } from './cellWeights';
import { Figure, type TableData } from './Figure';
import { CELL_NAME } from './formulas';
import { fmt } from './scales';
import { say } from './strings';
import { texVec, walkthroughLines } from './walkthrough';

export interface NumericWalkthroughProps {
  lang: Lang;
  weights: CellWeights;
  /** One trace per sample, from the same weights. */
  traces: LayerTrace[];
  initialSample?: number;
  initialTime?: number;
}

const tex = (s: string) =>
  katex.renderToString(s, { throwOnError: false, strict: 'ignore', output: 'htmlAndMathml' });

export function NumericWalkthrough({
  lang,
  weights,
  traces,
  initialSample = 0,
  initialTime = 1,
}: NumericWalkthroughProps) {
  const [sample, setSample] = useState(initialSample);
  const trace = traces[Math.min(sample, traces.length - 1)];
  const T = trace.hidden.length;
  const [t, setT] = useState(Math.min(initialTime, T - 1));
  const [shown, setShown] = useState(1);
  const x = trace.inputs[t];
  const zeros = Array.from({ length: weights.units }, () => 0);
  const hPrev = t > 0 ? trace.hidden[t - 1] : zeros;
  const cPrev = t > 0 ? trace.cellState?.[t - 1] : zeros;
  const lines = useMemo(
    () => walkthroughLines(weights, x, hPrev, cPrev),
    [weights, x, hPrev, cPrev],
  );
  const html = useMemo(
    () =>
      lines.map((l) =>
        tex(
          `\\begin{aligned}${l.symbolic}\\\\ &= ${l.substituted}${l.evaluated ? `\\\\ &= ${l.evaluated}` : ''}\\\\ &= ${texVec(l.result)}\\end{aligned}`,
        ),
      ),
    [lines],
  );
  const n = Math.min(shown, lines.length);
  const table = (): TableData => ({
    caption: `${say('walkTitle', lang)} (t = ${t + 1})`,
    columns: [
      say('value', lang),
      ...Array.from({ length: weights.units }, (_, u) => `${say('unit', lang)} ${u + 1}`),
    ],
    rows: lines.map((l) => [`${l.sym}(t)`, ...l.result.map(fmt)]),
  });
  return (
    <Figure
      lang={lang}
      title={`${say('walkTitle', lang)}: ${CELL_NAME[weights.kind]}`}
      description={say('walkDesc', lang)}
      table={table}
      controls={
        <>
          <Select
            label={say('sample', lang)}
            value={String(sample)}
            hidden={traces.length < 2}
            options={traces.map((_, i) => ({ value: String(i), label: String(i + 1) }))}
            onChange={(v) => setSample(Number(v))}
          />
          <Slider
            label={say('timeStep', lang)}
            min={1}
            max={T}
            step={1}
            value={t + 1}
            onChange={(v) => {
              setT(v - 1);
              setShown(1);
            }}
          />
        </>
      }
    >
      <div className="viz-toolbar">
        <span
          dangerouslySetInnerHTML={{
            __html: tex(
              `x(t) = ${texVec(x)},\\; h(t-1) = ${texVec(hPrev)}${weights.kind === 'lstm' ? `,\\; c(t-1) = ${texVec(cPrev ?? zeros)}` : ''}`,
            ),
          }}
        />
      </div>
      <ol className="viz-walk" aria-live="polite">
        {html.slice(0, n).map((h, i) => (
          <li
            key={i}
            aria-current={i === n - 1 ? 'step' : undefined}
            tabIndex={0}
            style={{ opacity: i === n - 1 ? 1 : 0.7, overflowX: 'auto' }}
            dangerouslySetInnerHTML={{ __html: h }}
          />
        ))}
      </ol>
      <div className="viz-toolbar">
        <button
          type="button"
          className="viz-button"
          disabled={n <= 1}
          onClick={() => setShown(n - 1)}
        >
          ← {say('prev', lang)}
        </button>
        <span>{say('lineOf', lang, { n, total: lines.length })}</span>
        <button
          type="button"
          className="viz-button"
          disabled={n >= lines.length}
          onClick={() => setShown(n + 1)}
        >
          {say('next', lang)} →
        </button>
      </div>
    </Figure>
  );
}
