import { describe, expect, it } from 'vitest';
import { checkChoice, checkNumber, parseAnswerNumber } from './checkAnswer';
import {
  INITIAL_QUESTION_STATE,
  questionReducer,
  showsExplanation,
  type QuestionAction,
} from './questionState';

describe('parseAnswerNumber', () => {
  it('reads the ways a student types a number', () => {
    expect(parseAnswerNumber('36')).toBe(36);
    expect(parseAnswerNumber('  36 ')).toBe(36);
    expect(parseAnswerNumber('０.２５')).toBe(0.25); // full-width, from a Korean input method
    expect(parseAnswerNumber('−1.5')).toBe(-1.5); // typographic minus
    expect(parseAnswerNumber('1,024')).toBe(1024);
    expect(parseAnswerNumber('0,25')).toBe(0.25);
    expect(parseAnswerNumber('.5')).toBe(0.5);
    expect(parseAnswerNumber('3.6e1')).toBe(36);
  });

  it('refuses what is not one number', () => {
    for (const bad of ['abc', '', '   ', '3 4', '1e', '36개', '1,2,3', '--2', 'Infinity', 'NaN']) {
      expect(parseAnswerNumber(bad)).toBeNull();
    }
  });
});

describe('checkNumber', () => {
  it('accepts the answer and values within the tolerance, rejects the rest', () => {
    expect(checkNumber('36', 36)).toEqual({ kind: 'right' });
    expect(checkNumber('35', 36)).toEqual({ kind: 'wrong' });
    expect(checkNumber('0.24', 0.25, 0.01)).toEqual({ kind: 'right' });
    expect(checkNumber('0.26', 0.25, 0.01)).toEqual({ kind: 'right' });
    expect(checkNumber('0.2601', 0.25, 0.01)).toEqual({ kind: 'wrong' });
    // 0.1 + 0.2 is 0.30000000000000004 in binary floating point.
    expect(checkNumber(String(0.1 + 0.2), 0.3)).toEqual({ kind: 'right' });
  });

  it('answers malformed input with "enter a number", not with "wrong"', () => {
    expect(checkNumber('abc', 36)).toEqual({ kind: 'invalid', reason: 'not-a-number' });
    expect(checkNumber('  ', 36)).toEqual({ kind: 'invalid', reason: 'empty' });
  });
});

describe('checkChoice', () => {
  it('compares the picked index with the answer', () => {
    expect(checkChoice(2, 2)).toEqual({ kind: 'right' });
    expect(checkChoice(0, 2)).toEqual({ kind: 'wrong' });
    expect(checkChoice(null, 2)).toEqual({ kind: 'invalid', reason: 'no-choice' });
  });
});

describe('questionReducer', () => {
  const run = (actions: QuestionAction[]) =>
    actions.reduce(questionReducer, INITIAL_QUESTION_STATE);

  it('shows the explanation after two wrong tries, not after malformed ones', () => {
    const afterInvalid = run([
      { type: 'input', value: 'abc' },
      { type: 'checked', outcome: checkNumber('abc', 36) },
      { type: 'checked', outcome: checkNumber('abc', 36) },
    ]);
    expect(afterInvalid.wrongTries).toBe(0);
    expect(showsExplanation(afterInvalid)).toBe(false);

    const afterOne = run([{ type: 'checked', outcome: { kind: 'wrong' } }]);
    expect(showsExplanation(afterOne)).toBe(false);
    const afterTwo = questionReducer(questionReducer(afterOne, { type: 'retry' }), {
      type: 'checked',
      outcome: { kind: 'wrong' },
    });
    expect(afterTwo.wrongTries).toBe(2);
    expect(showsExplanation(afterTwo)).toBe(true);
  });

  it('shows the explanation when right, freezes the answer, and starts over on retry', () => {
    const solved = run([
      { type: 'input', value: '36' },
      { type: 'checked', outcome: { kind: 'right' } },
    ]);
    expect(showsExplanation(solved)).toBe(true);
    expect(questionReducer(solved, { type: 'input', value: '7' }).input).toBe('36');
    expect(questionReducer(solved, { type: 'retry' })).toEqual(INITIAL_QUESTION_STATE);
  });

  it('clears the last verdict when the answer is edited', () => {
    const wrong = run([
      { type: 'select', index: 1 },
      { type: 'checked', outcome: { kind: 'wrong' } },
    ]);
    const edited = questionReducer(wrong, { type: 'select', index: 2 });
    expect(edited.outcome).toBeNull();
    expect(edited.wrongTries).toBe(1);
  });
});
