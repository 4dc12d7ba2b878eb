import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkMath from 'remark-math';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import rehypeKatex from 'rehype-katex';
import { lessonFrontmatter } from './scripts/vite/frontmatter.ts';
import { remarkSectionIds } from './scripts/vite/sectionIds.ts';
import { contentSecurityPolicy } from './scripts/vite/csp.ts';

export default defineConfig({
  base: './',
  plugins: [
    lessonFrontmatter(),
    {
      enforce: 'pre',
      ...mdx({
        remarkPlugins: [
          remarkFrontmatter,
          [remarkMdxFrontmatter, { name: 'frontmatter' }],
          remarkSectionIds,
          remarkGfm,
          remarkMath,
        ],
        // Formulas are rendered to HTML at build time; the page ships no KaTeX runtime for them.
        rehypePlugins: [[rehypeKatex, { strict: 'ignore', output: 'htmlAndMathml' }]],
        providerImportSource: undefined,
      }),
    },
    react({ include: /\.(mdx|tsx|ts|jsx|js)$/ }),
    contentSecurityPolicy(),
  ],
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
});
