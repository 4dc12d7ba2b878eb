/**
 * Renders both languages of the lesson with the real widget registry, waiting for the lazily
 * loaded widgets, and checks what a reader must get: every section with its shared id, rendered
 * formulas, working widgets in the lesson's language, and the notes' failures of the three ideas.
 */
import { describe, expect, it } from 'vitest';
import { createElement, type ComponentType } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { LangContext } from '../../src/lesson/i18n';
import type { Lang } from '../../src/lesson/lang';
import { MDX_COMPONENTS } from '../../src/widgets/registry';
import Ko, { frontmatter as koFront } from './ko.mdx';
import En, { frontmatter as enFront } from './en.mdx';

type Body = ComponentType<{ components?: object }>;

async function renderLesson(Body: Body, lang: Lang): Promise<string> {
  const { prelude } = await prerenderToNodeStream(
    createElement(
      LangContext.Provider,
      { value: lang },
      createElement(Body, { components: MDX_COMPONENTS }),
    ),
  );
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  return html;
}

const LESSONS = [
  { lang: 'ko' as const, Body: Ko as Body, front: koFront as { sections: string[] } },
  { lang: 'en' as const, Body: En as Body, front: enFront as { sections: string[] } },
];

describe('lesson 01-why-sequences', () => {
  for (const { lang, Body, front } of LESSONS) {
    it(`renders in ${lang} with its sections, formulas and working widgets`, async () => {
      const html = await renderLesson(Body, lang);
      for (const id of front.sections) expect(html).toContain(`id="${id}"`);
      expect(html).toContain('class="katex"');
      expect(html).not.toContain('katex-error');
      expect(html).not.toContain('widget-error');
      expect((html.match(/data-widget="SentenceIdeas"/g) ?? []).length).toBe(3);
      expect(html).toContain('data-widget="WeeklySeries"');
      expect((html.match(/class="check-question"/g) ?? []).length).toBe(2);
      // The window and the bag cannot tell their sentences apart; the reordered sentence differs.
      const differ = lang === 'ko' ? '두 문장의 벡터가 다르다.' : 'The two vectors differ.';
      expect((html.match(new RegExp(differ, 'g')) ?? []).length).toBe(1);
      expect(html).toContain(lang === 'ko' ? '23주 동안의 검색 수와 주가' : 'Twenty-three weeks');
    });
  }
});
