/**
 * Renders both languages of the lesson with the real widget registry, waiting for the lazily
 * loaded widgets, and checks what a reader must get: every section heading with its shared id,
 * rendered formulas, both widgets working (no error frame), and the check questions in the
 * lesson's own language.
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

describe('lesson 03-recurrent-neuron', () => {
  for (const { lang, Body, front } of LESSONS) {
    it(`renders in ${lang} with its sections, formulas and working widgets`, async () => {
      const html = await renderLesson(Body, lang);
      for (const id of front.sections) expect(html).toContain(`id="${id}"`);
      expect(html).toContain('class="katex"');
      expect(html).not.toContain('katex-error');
      // Markdown or math that failed to parse shows up as literal markers in the text (React's
      // streaming scripts and comments use $ themselves, so they are left out first).
      const text = html.replace(/<script[\s\S]*?<\/script>|<!--[\s\S]*?-->/g, '');
      expect(text).not.toContain('**');
      expect(text).not.toContain('$');
      expect(html).not.toContain('widget-error');
      expect(html).toContain('data-widget="ActivationExplorer"');
      expect((html.match(/class="check-question"/g) ?? []).length).toBe(2);
      // The explorer's four charts and three sliders are really there, not a loading fallback.
      expect((html.match(/<svg viewBox="0 0 320 220"/g) ?? []).length).toBe(4);
      expect((html.match(/type="range"/g) ?? []).length).toBe(3);
      // The widgets speak the lesson's language.
      expect(html).toContain(
        lang === 'ko' ? '도함수를 T번 곱하면' : 'Multiply the derivative T times',
      );
      expect(html).toContain(lang === 'ko' ? '>확인</button>' : '>Check</button>');
    });
  }
});
