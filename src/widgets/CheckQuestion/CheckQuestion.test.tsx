import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LangContext } from '../../lesson/i18n';
import type { Lang } from '../../lesson/lang';
import CheckQuestion, { CheckQuestionView, type CheckQuestionProps } from './CheckQuestion';
import { checkQuestionSpec } from './spec';
import { INITIAL_QUESTION_STATE, type QuestionState } from './questionState';
import { STRINGS } from './strings';

const NUMBER_PROPS: CheckQuestionProps = {
  id: 'params',
  kind: 'number',
  question: 'How many parameters?',
  answer: 36,
  explanation: 'Sixteen plus sixteen plus four.',
  hint: 'Count W_xh, W_hh and b.',
};

function view(state: QuestionState, props: CheckQuestionProps = NUMBER_PROPS, lang: Lang = 'en') {
  return renderToStaticMarkup(
    createElement(CheckQuestionView, { ...props, lang, state, dispatch: () => {}, domId: 'q' }),
  );
}

describe('CheckQuestion', () => {
  it('renders the spec example props in both languages', () => {
    const example = Object.fromEntries(checkQuestionSpec.props.map((p) => [p.name, p.example]));
    for (const lang of ['ko', 'en'] as const) {
      const html = renderToStaticMarkup(
        createElement(
          LangContext.Provider,
          { value: lang },
          createElement(CheckQuestion, example as unknown as CheckQuestionProps),
        ),
      );
      expect(html).toContain(String(example.question));
      expect(html).toContain(`>${STRINGS[lang].check}</button>`);
      expect(html).toContain('aria-live="polite"');
    }
  });

  it('labels the number box with the question and hides the explanation at first', () => {
    const html = view(INITIAL_QUESTION_STATE);
    expect(html).toMatch(/<label[^>]*for="q-input"[^>]*>How many parameters\?<\/label>/);
    expect(html).not.toContain('Sixteen plus sixteen');
    expect(html).not.toContain('Count W_xh');
  });

  it('says "enter a number" for malformed input', () => {
    const html = view({
      ...INITIAL_QUESTION_STATE,
      input: 'abc',
      outcome: { kind: 'invalid', reason: 'not-a-number' },
    });
    expect(html).toContain(STRINGS.en.notANumber);
    expect(html).not.toContain(STRINGS.en.wrong);
  });

  it('gives the hint after one wrong try and the explanation after two', () => {
    const once = view({ ...INITIAL_QUESTION_STATE, outcome: { kind: 'wrong' }, wrongTries: 1 });
    expect(once).toContain(STRINGS.en.wrong);
    expect(once).toContain('Count W_xh');
    expect(once).not.toContain('Sixteen plus sixteen');
    const twice = view({ ...INITIAL_QUESTION_STATE, outcome: { kind: 'wrong' }, wrongTries: 2 });
    expect(twice).toContain('Sixteen plus sixteen');
  });

  it('announces a right answer in the chosen language and shows the explanation', () => {
    const html = view(
      { ...INITIAL_QUESTION_STATE, input: '36', outcome: { kind: 'right' } },
      NUMBER_PROPS,
      'ko',
    );
    expect(html).toContain(STRINGS.ko.right);
    expect(html).toContain('Sixteen plus sixteen');
    expect(html).toContain(`>${STRINGS.ko.retry}</button>`);
    // Frozen, but still focusable: nothing is disabled under the keyboard user's focus.
    expect(html).toMatch(/<input[^>]*readOnly=""[^>]*value="36"/);
    expect(html).toContain('<button type="submit" aria-disabled="true">');
    expect(html).not.toContain('disabled=""');
  });

  it('renders choices as a radio group under the question', () => {
    const html = view(
      { ...INITIAL_QUESTION_STATE, selected: 1 },
      { ...NUMBER_PROPS, kind: 'choice', choices: ['(32, 4)', '(32, 8)'], answer: 1 },
    );
    expect(html).toContain(
      '<legend class="check-question__question">How many parameters?</legend>',
    );
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(html).toMatch(/checked="" value="1"/);
  });
});
