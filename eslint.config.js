import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const PAGE_ONLY = ['react', 'react-dom', 'react-dom/*', 'd3', 'd3-*', 'katex', 'katex/*'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', 'playwright-report', '**/*.mdx'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine runs in a Web Worker and in Node: no page, no drawing libraries, no DOM.
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    languageOptions: { globals: { ...globals.worker, ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: PAGE_ONLY, message: 'engine/ must not use React, D3 or KaTeX.' },
            {
              group: [
                '**/viz/**',
                '**/widgets/**',
                '**/lesson/**',
                '**/app/**',
                '**/controls/**',
                '**/openlab/**',
              ],
              message: 'engine/ must not depend on the page.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document'],
    },
  },
  {
    // Drawings are pure functions of their props: no tfjs, no engine runtime. Fixtures and tests
    // may use the engine's seeded RNG and cells as references.
    files: ['src/viz/**/*.{ts,tsx}', 'src/controls/**/*.{ts,tsx}'],
    ignores: ['src/viz/fixtures/**', 'src/viz/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@tensorflow/*'], message: 'viz/ and controls/ never touch tfjs.' },
            {
              regex: '/engine/(?!types$|shapes$|activations$)',
              message: 'viz/ may import engine types only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The open lab is a page: it talks to the engine through the worker, and may use only the
    // engine's plain-data parts (types, shapes, data factories, the RNG, the config validator),
    // the drawings, controls, lesson runtime and the TrainingLab / CharLab helpers.
    files: ['src/openlab/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@tensorflow/*'], message: 'Only the worker imports tfjs.' },
            { group: ['**/app/**'], message: 'openlab/ is mounted by the app, not the reverse.' },
            {
              regex: '/engine/(?!types$|shapes$|rng$|data(/[a-zA-Z]+)?$|trainer/validate$)',
              message: 'openlab/ may import only plain-data parts of the engine.',
            },
            {
              regex: '/widgets/(?!TrainingLab/|CharLab/charLogic$)',
              message: 'openlab/ may reuse only the TrainingLab and CharLab helpers.',
            },
          ],
        },
      ],
    },
  },
  {
    // tfjs belongs to the worker: the page must never bundle it.
    files: ['src/app/**/*.{ts,tsx}', 'src/lesson/**/*.{ts,tsx}', 'src/widgets/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@tensorflow/*'], message: 'Only the worker imports tfjs.' }] },
      ],
    },
  },
);
