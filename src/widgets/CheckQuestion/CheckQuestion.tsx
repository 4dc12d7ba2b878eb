import { useId, useReducer, useRef, type Dispatch, type FormEvent } from 'react';
import type { Lang } from '../../lesson/lang';
import { useLang } from '../../lesson/i18n';
import { checkChoice, checkNumber, type CheckOutcome } from './checkAnswer';
import {
  INITIAL_QUESTION_STATE,
  TRIES_BEFORE_EXPLANATION,
  isSolved,
  questionReducer,
  showsExplanation,
  type QuestionAction,
  type QuestionState,
} from './questionState';
import { STRINGS } from './strings';
import './CheckQuestion.css';

export interface CheckQuestionProps {
  id: string;
  kind: 'choice' | 'number';
  question: string;
  choices?: readonly string[];
  answer: number;
  tolerance?: number;
  explanation: string;
  hint?: string;
}

export interface CheckQuestionViewProps extends CheckQuestionProps {
  lang: Lang;
  state: QuestionState;
  dispatch: Dispatch<QuestionAction>;
  /** Prefix for element ids, unique in the page. */
  domId: string;
}

/** The sentence announced after a check. */
function message(outcome: CheckOutcome, wrongTries: number, t: Record<string, string>): string {
  switch (outcome.kind) {
    case 'right':
      return t.right;
    case 'wrong':
      return wrongTries >= TRIES_BEFORE_EXPLANATION ? t.wrongReveal : t.wrong;
    case 'invalid':
      return { 'no-choice': t.noChoice, empty: t.empty, 'not-a-number': t.notANumber }[
        outcome.reason
      ];
  }
}

/**
 * The question as a pure function of its state; the default export owns the state. A solved
 * question is frozen by the reducer and marked read-only, not disabled: disabling the control that
 * has focus would drop the keyboard user's focus onto the page.
 */
export function CheckQuestionView(props: CheckQuestionViewProps) {
  const { kind, question, choices = [], answer, tolerance = 0, explanation, hint } = props;
  const { state, dispatch, domId } = props;
  const t = STRINGS[props.lang];
  const solved = isSolved(state);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (solved) return;
    const outcome =
      kind === 'choice'
        ? checkChoice(state.selected, answer)
        : checkNumber(state.input, answer, tolerance);
    dispatch({ type: 'checked', outcome });
  };

  // "Try again" disappears once pressed; focus goes back to the answer instead of the page.
  const answerRef = useRef<HTMLInputElement>(null);
  const retry = () => {
    dispatch({ type: 'retry' });
    answerRef.current?.focus();
  };

  const status = state.outcome ? message(state.outcome, state.wrongTries, t) : '';
  const statusClass = state.outcome ? `check-question__status--${state.outcome.kind}` : '';

  return (
    // Not a landmark: a lesson may hold several questions, and each is labelled by its own text.
    <div className="check-question" id={domId}>
      <form onSubmit={onSubmit} noValidate>
        {kind === 'choice' ? (
          <fieldset
            className="check-question__choices"
            role="radiogroup"
            aria-readonly={solved || undefined}
          >
            <legend className="check-question__question">{question}</legend>
            {choices.map((choice, index) => (
              <label key={index} className="check-question__choice">
                <input
                  ref={index === 0 ? answerRef : undefined}
                  type="radio"
                  name={`${domId}-choice`}
                  value={index}
                  checked={state.selected === index}
                  onChange={() => dispatch({ type: 'select', index })}
                />{' '}
                {choice}
              </label>
            ))}
          </fieldset>
        ) : (
          <div className="check-question__number">
            <label className="check-question__question" htmlFor={`${domId}-input`}>
              {question}
            </label>
            <input
              ref={answerRef}
              id={`${domId}-input`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              aria-describedby={`${domId}-status`}
              aria-invalid={state.outcome?.kind === 'invalid' ? true : undefined}
              value={state.input}
              readOnly={solved}
              onChange={(event) => dispatch({ type: 'input', value: event.target.value })}
            />
          </div>
        )}
        <div className="check-question__actions">
          <button type="submit" aria-disabled={solved || undefined}>
            {t.check}
          </button>
          {state.outcome && state.outcome.kind !== 'invalid' && (
            <button type="button" onClick={retry}>
              {t.retry}
            </button>
          )}
        </div>
      </form>
      <p
        id={`${domId}-status`}
        className={`check-question__status ${statusClass}`}
        role="status"
        aria-live="polite"
      >
        {status}
      </p>
      {hint && !solved && state.wrongTries >= 1 && (
        <p className="check-question__hint">
          <strong>{t.hint}:</strong> {hint}
        </p>
      )}
      {showsExplanation(state) && (
        <div className="check-question__explanation">
          <strong>{t.explanation}</strong>
          <p>{explanation}</p>
        </div>
      )}
    </div>
  );
}

/** A check-yourself question whose answer the page checks (see spec.ts). */
export default function CheckQuestion(props: CheckQuestionProps) {
  const lang = useLang();
  const [state, dispatch] = useReducer(questionReducer, INITIAL_QUESTION_STATE);
  const reactId = useId();
  // The lesson's id keeps the element ids readable; useId keeps them unique if ids repeat.
  const domId = `check-${props.id}-${reactId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <CheckQuestionView {...props} lang={lang} state={state} dispatch={dispatch} domId={domId} />
  );
}
