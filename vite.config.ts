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
import { VitePWA } from 'vite-plugin-pwa';

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
    // Installable and offline after the first visit (issue #7). Precached: everything a lesson
    // needs that the browser will actually request (all JS and CSS chunks, both languages of every
    // lesson, the woff2 KaTeX fonts, public/data, public/models, the icons and the two wasm
    // binaries tfjs picks without cross-origin isolation): ≈ 7 MB, fetched once in the background.
    // Cached on first use instead (CacheFirst; hashed names never change): the threaded-simd wasm,
    // which needs SharedArrayBuffer and so never loads on this site (PLATFORM.md: no COOP/COEP),
    // and KaTeX's woff/ttf fallbacks, which only browsers without woff2 ask for.
    VitePWA({
      registerType: 'prompt',
      // src/pwa registers the worker itself, so the update notice can be rendered by React.
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/*.{svg,png}'],
      manifest: {
        id: './',
        name: 'Unrolled: recurrent neural networks, interactively',
        short_name: 'Unrolled',
        description:
          'An interactive course on recurrent neural networks, in Korean and English. / 순환 신경망 인터랙티브 강의 (한국어·영어).',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#0072B2',
        background_color: '#ffffff',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
          {
            src: 'icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: [
          '**/*.{html,js,css,woff2,svg,png,json,csv,txt,bin}',
          'assets/tfjs-backend-wasm-!(threaded)*.wasm',
        ],
        // The largest chunk (tfjs in the worker) is ≈ 0.5 MB; the default 2 MiB cap leaves room.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Routes live in the hash, so every navigation is to index.html.
        navigateFallback: 'index.html',
        // A first visit is controlled at once, so it works offline without a second load; an
        // update still waits for the reader's "Reload" (registerType 'prompt').
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) =>
              sameOrigin && /\.(?:wasm|woff|ttf)$/.test(url.pathname),
            handler: 'CacheFirst',
            options: {
              cacheName: 'unrolled-on-demand',
              expiration: { maxEntries: 64 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
  ],
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
});
