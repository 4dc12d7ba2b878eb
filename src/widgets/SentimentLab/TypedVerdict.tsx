/**
 * The model's verdict on the sentence the student types: its padded ids go to the worker's
 * `predictInputs` a moment after the typing stops, and again whenever the model changes (a
 * training step, a loaded checkpoint). Refused inputs come back as messages, shown as sentences.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Lang } from '../../lesson/lang';
import type { EngineMessage } from '../../engine/types';
import type { TrainerClient } from '../../worker/client';
import { messageText } from '../TrainingLab/messages';
import { fill } from '../TrainingLab/strings';
import { SENTIMENT_STRINGS } from './strings';

/** Wait after the last keystroke before asking the worker, in ms. */
const DEBOUNCE_MS = 250;

export interface TypedVerdictProps {
  lang: Lang;
  /** The worker, once it holds a run (null before). */
  api: TrainerClient['api'] | null;
  ids: number[];
  maxLen: number;
  /** The model has been trained (or loaded pretrained). */
  trained: boolean;
  /** The model is the loaded checkpoint, not yet trained further. */
  pretrained: boolean;
  /** Changes whenever the model's weights may have changed. */
  version: string;
  training: boolean;
}

type Answer = { key: string; p: number } | { key: string; messages: EngineMessage[] };

export function TypedVerdict(props: TypedVerdictProps) {
  const { lang, api, ids, maxLen, trained, pretrained, version, training } = props;
  const t = SENTIMENT_STRINGS[lang];
  const [answer, setAnswer] = useState<Answer | null>(null);
  const key = `${ids.join(',')}|${version}`;
  // The ids are a new array on every render; `key` says when they (or the model) really changed.
  const idsRef = useRef(ids);
  idsRef.current = ids;

  useEffect(() => {
    if (!api || training) return;
    let live = true;
    const timer = window.setTimeout(() => {
      api
        .predictInputs({ values: idsRef.current, shape: [1, maxLen] })
        .then((r) => {
          if (!live) return;
          setAnswer(r.ok ? { key, p: r.values[0] } : { key, messages: r.messages });
        })
        .catch(() => live && setAnswer(null));
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [api, key, training, maxLen]);

  let body: ReactNode = t.typedWaiting;
  if (answer && 'p' in answer) {
    const label = answer.p >= 0.5 ? t.positive : t.negative;
    body = (
      <>
        <span data-testid="sentiment-typed-verdict" data-p={answer.p.toFixed(4)}>
          {fill(t.predicted, { p: answer.p.toFixed(3), label })}
        </span>{' '}
        <span className="muted">
          {!trained ? t.typedUntrained : pretrained ? t.typedPretrained : t.typedTrained}
          {answer.key !== key ? ` ${t.typedUpdating}` : ''}
        </span>
      </>
    );
  } else if (answer && 'messages' in answer) {
    body = answer.messages.map((m, i) => (
      <span key={i} role="alert">
        {messageText(m, lang)}{' '}
      </span>
    ));
  }
  return (
    <p aria-live="polite" data-testid="sentiment-typed">
      {body}
    </p>
  );
}
