/**
 * Answer checking for a check-yourself question, kept apart from React so it can be tested on its
 * own. A malformed answer is not a wrong answer: the page asks for a number instead of counting a
 * try against the student.
 */

/** The outcome of checking one answer. */
export type CheckOutcome =
  | { kind: 'right' }
  | { kind: 'wrong' }
  /** Nothing to check yet: no choice picked, an empty box, or text that is not a number. */
  | { kind: 'invalid'; reason: 'no-choice' | 'empty' | 'not-a-number' };

/**
 * Reads a number as a student might type it: surrounding spaces, full-width digits from a Korean
 * input method, a typographic minus (−), thousands separators ("1,024") and a decimal comma when it
 * is the only separator ("0,25"). Returns null for anything else ("abc", "3 4", "1e").
 */
export function parseAnswerNumber(input: string): number | null {
  let text = input
    .normalize('NFKC')
    .trim()
    .replace(/[\u2212\u2012\u2013]/g, '-');
  if (text === '') return null;
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  else if (/^[-+]?\d+,\d+$/.test(text)) text = text.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** Checks a numeric answer: right when it lies within `tolerance` of `answer` (absolute). */
export function checkNumber(input: string, answer: number, tolerance = 0): CheckOutcome {
  if (input.trim() === '') return { kind: 'invalid', reason: 'empty' };
  const value = parseAnswerNumber(input);
  if (value === null) return { kind: 'invalid', reason: 'not-a-number' };
  // A relative slack of a few ulps keeps 0.1 + 0.2 style rounding from failing a zero tolerance.
  const slack = Math.abs(tolerance) + 1e-12 * Math.max(1, Math.abs(answer));
  return Math.abs(value - answer) <= slack ? { kind: 'right' } : { kind: 'wrong' };
}

/** Checks a multiple-choice answer: `selected` is the picked index, or null if none is picked. */
export function checkChoice(selected: number | null, answer: number): CheckOutcome {
  if (selected === null) return { kind: 'invalid', reason: 'no-choice' };
  return selected === answer ? { kind: 'right' } : { kind: 'wrong' };
}
