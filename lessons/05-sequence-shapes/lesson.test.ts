/**
 * Renders both languages of the lesson with the real widget registry (waiting for the lazily loaded
 * widgets) and checks what a reader must get: every section id, rendered formulas, the shape lab
 * really drawn in the lesson's language, and the two check questions.
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

describe('lesson 05-sequence-shapes', () => {
  for (const { lang, Body, front } of LESSONS) {
    it(`renders in ${lang} with its sections, formulas and working widgets`, async () => {
      const html = await renderLesson(Body, lang);
      for (const id of front.sections) expect(html).toContain(`id="${id}"`);
      expect(html).toContain('class="katex"');
      expect(html).not.toContain('katex-error');
      expect(html).not.toContain('widget-error');
      expect(html).toContain('data-widget="SequenceShapes"');
      expect((html.match(/class="check-question"/g) ?? []).length).toBe(2);
      // The lab opens on many-to-one: only the last output feeds the loss.
      expect(html).toContain('data-testid="shape-loss">y(6)');
      expect(html).toContain(lang === 'ko' ? '입출력 형태' : 'Input/output shape');
    });
  }
});
