/**
 * Character-level predictions: for each position the input character, the top-k next characters
 * with their probabilities, right or wrong (said in words and marks, not colour alone); below, the
 * path the hidden state takes (raw when 2-D, PCA otherwise).
 */
import { memo, useMemo, useState } from 'react';
import { extent, scaleLinear } from 'd3';
import type { Lang } from '../lesson/lang';
import { Figure, type TableData } from './Figure';
import { Tooltip } from './chartParts';
import { ACCENT, BORDER, MUTED, SERIES, TOP_K } from './constants';
import { fmt } from './scales';
import { say } from './strings';
import { hiddenPath, showChar, topK, type CharData } from './charLayout';

export interface CharacterViewProps {
  lang: Lang;
  data: CharData;
  k?: number;
  width?: number;
}

const COL = 56;
const ROW = 18;

/** Re-renders only when its data, size or language change, not with every training snapshot. */
export const CharacterView = memo(function CharacterView({
  lang,
  data,
  k = TOP_K,
  width = 640,
}: CharacterViewProps) {
  const [active, setActive] = useState<number | null>(null);
  const positions = useMemo(() => topK(data, k), [data, k]);
  const { points, explained } = useMemo(() => hiddenPath(data.hidden), [data.hidden]);
  const colsH = 40 + k * ROW + 24;
  const table = (): TableData => ({
    caption: say('charTitle', lang),
    columns: [
      say('position', lang),
      say('inputChar', lang),
      say('nextChar', lang),
      say('topK', lang, { k }),
      say('result', lang),
    ],
    rows: positions.map((p, i) => [
      i,
      showChar(p.input),
      showChar(p.target),
      p.top.map((t) => `${showChar(t.char)} ${fmt(t.p)}`).join(', '),
      say(p.right ? 'right' : 'wrong', lang),
    ]),
  });
  const h = 260;
  const pad = 24;
  const xs = extent(points, (p) => p[0]) as [number, number];
  const ys = extent(points, (p) => p[1]) as [number, number];
  const x = scaleLinear()
    .domain(xs[0] === undefined ? [0, 1] : xs)
    .nice()
    .range([pad, width - pad]);
  const y = scaleLinear()
    .domain(ys[0] === undefined ? [0, 1] : ys)
    .nice()
    .range([h - pad, pad]);
  const d = points
    .map((p, i) => `${i ? 'L' : 'M'}${x(p[0]).toFixed(1)},${y(p[1]).toFixed(1)}`)
    .join('');
  const note =
    explained === null
      ? say('rawNote', lang)
      : say('pcaNote', lang, { d: data.hidden[0].length, pct: Math.round(explained * 100) });
  return (
    <Figure
      lang={lang}
      title={say('charTitle', lang)}
      description={say('charDesc', lang)}
      table={table}
    >
      <div style={{ overflowX: 'auto' }}>
        <svg
          width={positions.length * COL}
          viewBox={`0 0 ${positions.length * COL} ${colsH}`}
          style={{ minWidth: positions.length * COL }}
          role="list"
          aria-label={say('charTitle', lang)}
        >
          {positions.map((p, i) => (
            <g
              key={i}
              role="listitem"
              tabIndex={0}
              className={`viz-mark${active === i ? ' is-active' : ''}`}
              transform={`translate(${i * COL},0)`}
              aria-label={`${say('position', lang)} ${i}: ${showChar(p.input)} → ${p.top.map((t) => `${showChar(t.char)} ${fmt(t.p)}`).join(', ')}; ${say('nextChar', lang)} ${showChar(p.target)}, ${say(p.right ? 'right' : 'wrong', lang)}`}
              onFocus={() => setActive(i)}
              onMouseEnter={() => setActive(i)}
            >
              <rect
                className="viz-mark-shape"
                x={2}
                y={2}
                width={COL - 4}
                height={colsH - 4}
                rx={4}
                fill="none"
                stroke={active === i ? ACCENT : 'none'}
              />
              <text x={COL / 2} y={24} textAnchor="middle" fontWeight={600}>
                {showChar(p.input)}
              </text>
              {p.top.map((t, j) => (
                <g key={j} transform={`translate(6,${36 + j * ROW})`}>
                  <rect
                    width={(COL - 12) * t.p}
                    height={ROW - 4}
                    fill={t.char === p.target ? SERIES[2] : SERIES[7]}
                    opacity={0.55}
                  />
                  <text x={2} y={ROW - 7}>
                    {`${showChar(t.char)} ${Math.round(t.p * 100)}%`}
                  </text>
                </g>
              ))}
              <text
                x={COL / 2}
                y={colsH - 10}
                textAnchor="middle"
                fill={p.right ? SERIES[2] : SERIES[5]}
              >
                {p.right ? '✓' : '✗'}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <svg
        viewBox={`0 0 ${width} ${h}`}
        role="img"
        aria-label={`${say('trajectory', lang)}. ${note}`}
      >
        <text x={pad} y={14} fill={MUTED}>
          {`${say('trajectory', lang)} — ${note}`}
        </text>
        <rect
          x={pad}
          y={pad}
          width={width - 2 * pad}
          height={h - 2 * pad}
          fill="none"
          stroke={BORDER}
        />
        <path d={d} fill="none" stroke={SERIES[0]} strokeWidth="var(--stroke, 2px)" opacity={0.6} />
        {points.map((p, i) => (
          <g key={i} transform={`translate(${x(p[0])},${y(p[1])})`}>
            <circle r={active === i ? 7 : 4} fill={active === i ? ACCENT : SERIES[0]} />
            <text x={6} y={-6} fill={MUTED}>
              {showChar(positions[i]?.input ?? '')}
            </text>
          </g>
        ))}
        {active !== null && points[active] && (
          <Tooltip
            x={x(points[active][0])}
            y={y(points[active][1])}
            width={width}
            lines={[
              `${say('position', lang)} ${active}: ${showChar(positions[active].input)}`,
              `(${fmt(points[active][0])}, ${fmt(points[active][1])})`,
            ]}
          />
        )}
      </svg>
    </Figure>
  );
});
