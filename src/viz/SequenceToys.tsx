/**
 * The fixed-window, bag-of-words and big-window ideas on two editable sentences: the vectors each
 * idea makes, side by side, and whether they tell the sentences apart.
 */
import { useId, useState } from 'react';
import type { Lang } from '../lesson/lang';
import { Select, Slider } from '../controls';
import { Figure, type TableData } from './Figure';
import { BORDER, MUTED, SERIES, SURFACE } from './constants';
import { say } from './strings';
import {
  bagOfWords,
  fixedWindow,
  sameVector,
  tokenize,
  vocabulary,
  windowParams,
} from './sequenceToys';

export type ToyIdea = 'fixedWindow' | 'bagOfWords' | 'bigWindow';

export interface SequenceToysProps {
  lang: Lang;
  sentences: [string, string];
  idea?: ToyIdea;
  window?: number;
  /** Hidden units assumed when counting the big window's parameters. */
  hidden?: number;
  width?: number;
}

const CELL = 18;
/** Room above the vectors for their column labels (words, or window slots). */
const HEAD = 48;

/** Vectors of both sentences under one idea, over their shared vocabulary. */
export function toyVectors(sentences: [string, string], idea: ToyIdea, n: number) {
  const words = sentences.map(tokenize);
  const vocab = vocabulary(words);
  const wins = words.map((w) => fixedWindow(w, n, vocab));
  const vectors = words.map((w, i) =>
    idea === 'bagOfWords' ? bagOfWords(w, vocab) : wins[i].vector,
  );
  return { words, vocab, wins, vectors, same: sameVector(vectors[0], vectors[1]) };
}

export function SequenceToys({
  lang,
  sentences: initialSentences,
  idea: initialIdea = 'bagOfWords',
  window: initialWindow = 3,
  hidden = 8,
  width = 640,
}: SequenceToysProps) {
  const id = useId();
  const [sentences, setSentences] = useState(initialSentences);
  const [idea, setIdea] = useState<ToyIdea>(initialIdea);
  const [n, setN] = useState(initialWindow);
  const { vocab, wins, vectors, same } = toyVectors(sentences, idea, n);
  const V = vocab.length;
  const cell = Math.max(6, Math.min(CELL, (width - 120) / Math.max(1, vectors[0].length)));
  const table = (): TableData => ({
    caption: say(idea, lang),
    columns: [
      say('sentence', lang, { n: '' }).trim(),
      ...(idea === 'bagOfWords'
        ? vocab
        : wins[0].slots.flatMap((_, k) => vocab.map((v) => `${k + 1}:${v}`))),
    ],
    rows: vectors.map((v, i) => [sentences[i], ...v]),
  });
  const p = windowParams(n, V, hidden);
  return (
    <Figure
      lang={lang}
      title={say('toysTitle', lang)}
      description={say('toysDesc', lang)}
      table={table}
      controls={
        <>
          <Select
            label={say('idea', lang)}
            value={idea}
            options={(['fixedWindow', 'bagOfWords', 'bigWindow'] as const).map((v) => ({
              value: v,
              label: say(v, lang),
            }))}
            onChange={setIdea}
          />
          <Slider
            label={say('windowSize', lang)}
            min={1}
            max={6}
            step={1}
            value={n}
            onChange={setN}
            hidden={idea === 'bagOfWords'}
          />
        </>
      }
    >
      {sentences.map((s, i) => (
        <p key={i} className="viz-toolbar">
          <label htmlFor={`${id}-s${i}`}>{say('sentence', lang, { n: i + 1 })}</label>
          <input
            id={`${id}-s${i}`}
            type="text"
            value={s}
            size={32}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setSentences((prev) => (i === 0 ? [v, prev[1]] : [prev[0], v]));
            }}
          />
        </p>
      ))}
      <svg
        viewBox={`0 0 ${width} ${HEAD + 2 * (cell + 34) + 30}`}
        role="img"
        aria-label={`${say(idea, lang)}: ${vectors.map((v) => `[${v.join(', ')}]`).join(' / ')}`}
      >
        <g aria-hidden="true">
          {vectors[0].map((_, k) =>
            idea === 'bagOfWords' || k % V === 0 ? (
              <text
                key={k}
                transform={`translate(${k * cell + cell / 2},${HEAD - 4}) rotate(-40)`}
                fill={MUTED}
              >
                {idea === 'bagOfWords' ? vocab[k] : `w${k / V + 1}`}
              </text>
            ) : null,
          )}
        </g>
        {vectors.map((v, i) => (
          <g key={i} transform={`translate(0,${HEAD + 12 + i * (cell + 34)})`}>
            <text y={0} fill={MUTED}>
              {say('sentence', lang, { n: i + 1 })}
              {idea !== 'bagOfWords' &&
                `: ${wins[i].slots.map((w) => w ?? say('pad', lang)).join(' · ')}`}
            </text>
            {v.map((x, k) => {
              const slot = Math.floor(k / V);
              const colour = idea === 'bagOfWords' ? SERIES[0] : SERIES[slot % SERIES.length];
              return (
                <g key={k} transform={`translate(${k * cell},6)`}>
                  <rect
                    width={cell - 1}
                    height={cell - 1}
                    fill={x > 0 ? colour : SURFACE}
                    stroke={BORDER}
                  >
                    <title>{`${idea === 'bagOfWords' ? '' : `${slot + 1}:`}${vocab[k % V]} = ${x}`}</title>
                  </rect>
                  {x > 1 && (
                    <text x={cell / 2} y={cell * 0.7} textAnchor="middle">
                      {x}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      <p role="status">{say(same ? 'same' : 'differ', lang)}</p>
      {idea === 'fixedWindow' && <p>{say('windowNote', lang, { n, d: n * V })}</p>}
      {idea === 'bigWindow' && <p>{say('bigNote', lang, { n, p: p.unshared, q: p.shared })}</p>}
    </Figure>
  );
}
