/**
 * Renders both languages of the lesson with the real widget registry, waiting for the lazily
 * loaded widgets, and checks what a reader must get: every section with its shared id, rendered
 * formulas, the composer working in the lesson's language, and the check questions.
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

describe('lesson 02-time-series', () => {
  for (const { lang, Body, front } of LESSONS) {
    it(`renders in ${lang} with its sections, formulas and working widgets`, async () => {
      const html = await renderLesson(Body, lang);
      for (const id of front.sections) expect(html).toContain(`id="${id}"`);
      expect(html).toContain('class="katex"');
      expect(html).not.toContain('katex-error');
      expect(html).not.toContain('widget-error');
      expect(html).toContain('data-widget="SeriesComposer"');
      expect((html.match(/class="check-question"/g) ?? []).length).toBe(3);
      // The composer's default series has a trend: its reading says the mean moves.
      expect(html).toContain(
        lang === 'ko' ? '앞뒤 절반의 평균이 다릅니다' : 'the mean moves between',
      );
    });
  }
});
