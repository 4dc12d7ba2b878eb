import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LangContext } from '../../lesson/i18n';
import SentenceIdeas, { pairOf, windowOf } from './SentenceIdeas';
import { sentenceIdeasSpec } from './spec';

const render = (props: Record<string, unknown>) =>
  renderToStaticMarkup(
    createElement(
      LangContext.Provider,
      { value: 'en' },
      createElement(SentenceIdeas, { id: 't', sentences: [], ...props }),
    ),
  );

describe('SentenceIdeas', () => {
  it('sanitises its props', () => {
    expect(pairOf(['a'])).toEqual(['a', 'a']);
    expect(pairOf(['a', 'b', 'c'])).toEqual(['a', 'b']);
    expect(windowOf(undefined)).toBe(3);
    expect(windowOf(9)).toBe(6);
    expect(windowOf(2.6)).toBe(3);
  });

  it("finds the notes' two review sentences identical as bags of words", () => {
    const html = render({
      sentences: sentenceIdeasSpec.props.find((p) => p.name === 'sentences')?.example,
      idea: 'bagOfWords',
    });
    expect(html).toContain('role="status"');
    expect(html).not.toContain('The two vectors differ.');
  });

  it('a short window cannot tell France from Germany before "I speak fluent"', () => {
    const sentences = [
      'France is where I grew up, but I now live in Boston. I speak fluent',
      'Germany is where I grew up, but I now live in Boston. I speak fluent',
    ];
    expect(render({ sentences, idea: 'fixedWindow', window: 6 })).not.toContain(
      'The two vectors differ.',
    );
    expect(
      render({ sentences: ['I speak fluent', 'we speak fluent'], idea: 'fixedWindow' }),
    ).toContain('The two vectors differ.');
  });
});
