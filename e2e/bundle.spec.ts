import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { containsTfjs, initialChunks } from '../scripts/bundle';

test("TensorFlow.js is never in the page's initial JavaScript", () => {
  const chunks = initialChunks('dist');
  expect(chunks.length).toBeGreaterThan(0);
  for (const chunk of chunks) {
    expect(containsTfjs(readFileSync(join('dist', chunk.file), 'utf8')), chunk.file).toBe(false);
  }
});

test('KaTeX fonts are self-hosted: the built CSS names no other origin', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const css = [...html.matchAll(/href="\.?\/?(assets\/[^"]+\.css)"/g)].map((m) =>
    readFileSync(join('dist', m[1]), 'utf8'),
  );
  expect(css.join('').length).toBeGreaterThan(0);
  expect(css.join('')).toContain('KaTeX_Main');
  expect(css.join('')).not.toMatch(/url\((["']?)https?:/);
});

test('the built page carries a CSP with no unsafe-eval and no other origin', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  expect(meta).not.toBeNull();
  const csp = (meta as RegExpExecArray)[1].replace(/&#39;/g, "'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("'wasm-unsafe-eval'");
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).not.toMatch(/https?:|\*/);
});
