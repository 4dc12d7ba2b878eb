import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hrefFor, parseHash } from './location';

describe('hash routes', () => {
  it('reads the course map, a lesson, a section and the gallery', () => {
    expect(parseHash('#/ko/').route).toEqual({ page: 'map', lang: 'ko' });
    expect(parseHash('#/en/recurrent-neuron').route).toEqual({
      page: 'lesson',
      lang: 'en',
      slug: 'recurrent-neuron',
      section: null,
    });
    const withSection = parseHash('#/en/recurrent-neuron/why-tanh?act.x=2');
    expect(withSection.route).toMatchObject({ section: 'why-tanh' });
    expect(withSection.query).toBe('act.x=2');
    expect(parseHash('#/en/gallery').route).toEqual({ page: 'gallery', lang: 'en' });
  });

  it('reads the open lab with its settings, and round-trips its link', () => {
    const lab = parseHash('#/ko/lab?lab.cell=gru&lab._hide=data');
    expect(lab.route).toEqual({ page: 'lab', lang: 'ko' });
    expect(lab.query).toBe('lab.cell=gru&lab._hide=data');
    expect(parseHash(hrefFor('en', ['lab'], 'lab.units=8')).route).toEqual({
      page: 'lab',
      lang: 'en',
    });
    expect(parseHash('#/en/lab/extra').route?.page).toBe('lesson');
  });

  it('asks for a redirect when the language is missing or unknown, keeping the path', () => {
    expect(parseHash('').route).toBeNull();
    expect(parseHash('#/fr/recurrent-neuron')).toMatchObject({
      route: null,
      rest: ['recurrent-neuron'],
    });
    expect(parseHash('#/recurrent-neuron')).toMatchObject({
      route: null,
      rest: ['recurrent-neuron'],
    });
  });

  it('treats odd paths as not found instead of throwing', () => {
    expect(parseHash('#/en/a/b/c').route?.page).toBe('notFound');
    expect(parseHash('#/en/%E0%A4%A').route?.page).toBe('notFound');
    expect(parseHash('#/en/<script>').route?.page).toBe('notFound');
  });

  it('round-trips the routes it builds', () => {
    expect(parseHash(hrefFor('ko', ['recurrent-neuron', 'recap'], 'a.x=1')).route).toEqual({
      page: 'lesson',
      lang: 'ko',
      slug: 'recurrent-neuron',
      section: 'recap',
    });
    expect(parseHash(hrefFor('en')).route).toEqual({ page: 'map', lang: 'en' });
  });

  it('never throws on random hashes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        parseHash(`#${s}`);
      }),
      { numRuns: 1000 },
    );
  });
});
