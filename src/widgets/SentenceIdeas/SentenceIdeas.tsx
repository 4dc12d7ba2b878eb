import { useRef } from 'react';
import { useLang } from '../../lesson/i18n';
import { useSize } from '../../viz/hooks';
import { SequenceToys, type ToyIdea } from '../../viz/SequenceToys';

export interface SentenceIdeasProps {
  id: string;
  sentences: string[];
  idea?: ToyIdea;
  window?: number;
}

/** Exactly two sentences: a missing one repeats the first, extras are dropped. */
export function pairOf(sentences: readonly string[]): [string, string] {
  const a = typeof sentences[0] === 'string' ? sentences[0] : '';
  const b = typeof sentences[1] === 'string' ? sentences[1] : a;
  return [a, b];
}

/** Whole number of words in 1–6; anything else falls back to 3. */
export function windowOf(n: number | undefined): number {
  return n !== undefined && Number.isFinite(n) ? Math.min(6, Math.max(1, Math.round(n))) : 3;
}

/**
 * The three pre-recurrent ideas of the notes on two sentences the student edits (spec.ts). The
 * drawing and its state are SequenceToys'; this widget sizes it to the page and sanitises props.
 */
export default function SentenceIdeas({
  id,
  sentences,
  idea = 'bagOfWords',
  window,
}: SentenceIdeasProps) {
  const lang = useLang();
  const ref = useRef<HTMLDivElement>(null);
  const { width } = useSize(ref);
  return (
    <div ref={ref} data-testid={`sentence-ideas-${id}`}>
      <SequenceToys
        lang={lang}
        sentences={pairOf(sentences)}
        idea={idea}
        window={windowOf(window)}
        width={Math.max(280, Math.min(720, width))}
      />
    </div>
  );
}
