/**
 * The state of one check-yourself question as a pure reducer, so the flow (answer, check, try
 * again, explanation after two wrong tries) is testable without a browser.
 */
import type { CheckOutcome } from './checkAnswer';

/** Wrong tries after which the explanation is shown even without a right answer. */
export const TRIES_BEFORE_EXPLANATION = 2;

export interface QuestionState {
  /** The typed answer (number questions). */
  input: string;
  /** The picked choice (choice questions), or null. */
  selected: number | null;
  /** The result of the last check, or null when nothing has been checked since the last edit. */
  outcome: CheckOutcome | null;
  /** Checked answers that were wrong; malformed answers do not count. */
  wrongTries: number;
}

export type QuestionAction =
  | { type: 'input'; value: string }
  | { type: 'select'; index: number }
  | { type: 'checked'; outcome: CheckOutcome }
  | { type: 'retry' };

export const INITIAL_QUESTION_STATE: QuestionState = {
  input: '',
  selected: null,
  outcome: null,
  wrongTries: 0,
};

/** True once the student has answered right. */
export function isSolved(state: QuestionState): boolean {
  return state.outcome?.kind === 'right';
}

/** The explanation appears after a right answer or after enough wrong tries. */
export function showsExplanation(state: QuestionState): boolean {
  return isSolved(state) || state.wrongTries >= TRIES_BEFORE_EXPLANATION;
}

export function questionReducer(state: QuestionState, action: QuestionAction): QuestionState {
  switch (action.type) {
    case 'input':
      if (isSolved(state)) return state;
      return { ...state, input: action.value, outcome: null };
    case 'select':
      if (isSolved(state)) return state;
      return { ...state, selected: action.index, outcome: null };
    case 'checked':
      return {
        ...state,
        outcome: action.outcome,
        wrongTries: state.wrongTries + (action.outcome.kind === 'wrong' ? 1 : 0),
      };
    case 'retry':
      // A solved question starts over completely; after a wrong answer the tries are remembered,
      // so the explanation still arrives after the second wrong one.
      return isSolved(state)
        ? INITIAL_QUESTION_STATE
        : { ...INITIAL_QUESTION_STATE, wrongTries: state.wrongTries };
  }
}
