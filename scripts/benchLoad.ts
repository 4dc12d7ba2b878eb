/**
 * `npm run bench:load`: builds the app, then reports (1) the gzip size of the JavaScript the page
 * loads before a lesson without training shows its first formula, and (2) the time from navigation
 * to the first rendered formula in headless Chromium, median of 5 fresh loads.
 * Budget: ≤ 150 kB gzip of initial JavaScript, and no TensorFlow.js in it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_FLAGS } from './chromium';
import { chromium } from 'playwright-core';
import { containsTfjs, gzipSize, initialChunks } from './bundle';

const BUDGET_KB = 150;
const PORT = 4180;
const LESSON = '#/en/recurrent-neuron';
const args = process.argv.slice(2);

if (!args.includes('--no-build')) {
  const b = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const kb = (n: number) => (n / 1024).toFixed(1);
const entry = initialChunks('dist');
const entryGzip = entry.reduce((s, c) => s + c.gzipBytes, 0);

const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  {
    stdio: 'ignore',
  },
);
const base = `http://127.0.0.1:${PORT}/`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    /* not up yet */
  }
  await new Promise((r) => setTimeout(r, 200));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: CHROMIUM_FLAGS,
});
const times: number[] = [];
let loadedJs: string[] = [];
try {
  for (let run = 0; run < 5; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const js: string[] = [];
    page.on('response', (r) => {
      const url = new URL(r.url());
      if (url.pathname.endsWith('.js')) js.push(url.pathname.replace(/^\//, ''));
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __firstFormula?: number };
      new MutationObserver((_, obs) => {
        if (document.querySelector('article .katex')) {
          w.__firstFormula = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(base + LESSON);
    await page.waitForSelector('article .katex');
    times.push(
      await page.evaluate(() => (window as unknown as { __firstFormula: number }).__firstFormula),
    );
    loadedJs = js;
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}

const lessonGzip = loadedJs.reduce((s, f) => s + gzipSize(join('dist', f)), 0);
const tfjsLoaded = loadedJs.filter((f) => containsTfjs(readFileSync(join('dist', f), 'utf8')));
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];

console.log('\nInitial JavaScript (entry + static imports):');
for (const c of entry)
  console.log(
    `  ${c.file.padEnd(40)} ${kb(c.bytes).padStart(8)} kB  ${kb(c.gzipBytes).padStart(7)} kB gzip`,
  );
console.log(`  total ${kb(entryGzip)} kB gzip`);
console.log(
  `\nJavaScript loaded until the first formula of ${LESSON}: ${loadedJs.length} files, ${kb(lessonGzip)} kB gzip`,
);
console.log(`TensorFlow.js in those files: ${tfjsLoaded.length ? tfjsLoaded.join(', ') : 'none'}`);
console.log(
  `Time to first rendered formula: median ${median.toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')})`,
);
const ok = lessonGzip / 1024 <= BUDGET_KB && tfjsLoaded.length === 0;
console.log(`Budget ≤ ${BUDGET_KB} kB gzip, no tfjs: ${ok ? 'within budget' : 'OVER BUDGET'}`);
if (args.includes('--json')) {
  console.log(
    JSON.stringify({
      entryGzipKb: +kb(entryGzip),
      lessonGzipKb: +kb(lessonGzip),
      firstFormulaMs: +median.toFixed(0),
      tfjs: tfjsLoaded.length > 0,
    }),
  );
}
