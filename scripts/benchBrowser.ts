/**
 * Browser half of the training benchmark: in headless Chromium, a lesson's live lab trains in the
 * worker on each backend while the page measures (1) examples per second, read off the training
 * dashboard, turned into ms per 7,000-series epoch, and (2) the page's longest gap between
 * animation frames while training with every component of the lesson on screen.
 *
 *   npx tsx scripts/benchBrowser.ts [--lesson forecasting] [--lab deep] [--seconds 12] [--no-build] [--json]
 *                                   [--backends wasm,webgl,cpu] [--profile]
 *
 * `--profile` also prints what ran on the main thread in frames longer than 50 ms (the browser's
 * long-animation-frame entries, with script attribution), per backend.
 *
 * WebGL here is SwiftShader (software), so its figure says that WebGL works, not how fast a GPU is.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';

const EPOCH_EXAMPLES = 7000;
const PORT = 4190;

export interface BrowserBenchOptions {
  lesson: string;
  lab: string;
  /** Extra settings for the lab's link, e.g. `deep.batch=32`. */
  query?: string;
  seconds: number;
  backends: string[];
  build: boolean;
  profile?: boolean;
  /** Progress lines go here (stderr for `npm run bench`, so `--json` stays one line). */
  log?: (line: string) => void;
}

/** Chromium to drive: CHROME_PATH when set (and only it), else Debian's; null when there is none. */
export function findChromium(): string | null {
  const chosen = process.env.CHROME_PATH;
  if (chosen) return existsSync(chosen) ? chosen : null;
  const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => Boolean(p && existsSync(p))) ?? null;
}

/** A long animation frame as the page saw it: where its time went, and which scripts ran. */
interface LongFrame {
  duration: number;
  /** Time in style, layout and paint at the frame's end. */
  render: number;
  scripts: { name: string; duration: number; layout: number }[];
}

/** Records long animation frames from the start of the page (a string: it runs in the page). */
const LOAF_OBSERVER = `(() => {
  const frames = [];
  window.__longFrames = frames;
  if (!PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) return;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!window.__measuring) continue;
      frames.push({
        duration: e.duration,
        render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
        scripts: e.scripts.map((s) => ({
          name: (s.invoker || '?') + ' ' + (s.sourceFunctionName || '') + ' ' +
            (s.sourceURL || '').replace(/^.*\\//, '') + ':' + s.sourceCharPosition,
          duration: s.duration,
          layout: s.forcedStyleAndLayoutDuration,
        })),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
})()`;

async function readLongFrames(page: Page): Promise<LongFrame[]> {
  return (await page.evaluate('window.__longFrames || []')) as LongFrame[];
}

function printProfile(backend: string, frames: LongFrame[]): void {
  const total = frames.reduce((a, f) => a + f.duration, 0);
  const render = frames.reduce((a, f) => a + f.render, 0);
  const byScript = new Map<string, { ms: number; layout: number; n: number }>();
  for (const f of frames) {
    for (const s of f.scripts) {
      const e = byScript.get(s.name) ?? { ms: 0, layout: 0, n: 0 };
      e.ms += s.duration;
      e.layout += s.layout;
      e.n += 1;
      byScript.set(s.name, e);
    }
  }
  console.log(
    `\n${backend}: ${frames.length} frames over 50 ms, ${Math.round(total)} ms in all, ` +
      `${Math.round(render)} ms of it in style/layout/paint at frame end`,
  );
  const top = [...byScript].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12);
  for (const [name, e] of top) {
    console.log(
      `  ${String(Math.round(e.ms)).padStart(6)} ms  ${String(e.n).padStart(4)}×  ` +
        `forced layout ${Math.round(e.layout)} ms  ${name.slice(0, 110)}`,
    );
  }
}

export interface BrowserRow {
  model: string;
  backend: string;
  where: 'browser';
  examplesPerSecond: number;
  engineMsPerEpoch: number;
  longestFrameGapMs: number;
  p99FrameGapMs: number;
}

/** Runs the lab on each backend in headless Chromium; rows (and long frames when profiling). */
export async function runBrowserBench(
  o: BrowserBenchOptions,
): Promise<{ rows: BrowserRow[]; profiles: { backend: string; frames: LongFrame[] }[] }> {
  const chrome = findChromium();
  if (!chrome)
    throw new Error('no Chromium found (install Debian\'s "chromium" or set CHROME_PATH)');
  const log = o.log ?? ((line: string) => console.error(line));
  if (o.build) {
    const b = spawnSync('npx', ['vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (b.status !== 0) throw new Error(`vite build failed (${b.status})`);
  }
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { stdio: 'ignore' },
  );
  const base = `http://127.0.0.1:${PORT}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  const browser = await chromium.launch({
    executablePath: chrome,
    args: [
      '--no-sandbox',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
  const rows: BrowserRow[] = [];
  const profiles: { backend: string; frames: LongFrame[] }[] = [];
  try {
    for (const backend of o.backends) {
      // The offline app's service worker would spend the measured window precaching the site.
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      if (o.profile) await page.addInitScript(LOAF_OBSERVER);
      await page.goto(
        `${base}#/en/${o.lesson}?${o.lab}.backend=${backend}${o.query ? `&${o.query}` : ''}`,
      );
      const lab = page.getByTestId(`lab-${o.lab}`);
      await lab.waitFor();
      const title = await lab.locator('h3').first().innerText();
      await lab.scrollIntoViewIfNeeded();
      await lab.getByTestId('lab-train').click();
      await lab.getByTestId('lab-pause').waitFor({ timeout: 60_000 });
      // Let the backend warm up, then measure frame gaps and speed over a fixed window.
      await page.waitForTimeout(2000);
      await page.evaluate('window.__measuring = true');
      // A string, not a function: tsx's name helpers do not exist inside the page.
      const gaps = (await page.evaluate(`new Promise((resolve) => {
        const out = [];
        let last = performance.now();
        const end = last + ${o.seconds * 1000};
        const tick = (now) => {
          out.push(now - last);
          last = now;
          if (now < end) requestAnimationFrame(tick);
          else resolve(out);
        };
        requestAnimationFrame(tick);
      })`)) as number[];
      await page.evaluate('window.__measuring = false');
      const speedText = await lab
        .locator('text=/examples\\/s/')
        .first()
        .innerText()
        .catch(() => '0');
      const examplesPerSecond = Number(
        (/([\d,.]+)\s*examples\/s/.exec(speedText)?.[1] ?? '0').replace(/,/g, ''),
      );
      const running = (
        await lab
          .getByTestId('lab-backend')
          .innerText()
          .catch(() => backend)
      ).trim();
      await lab
        .getByTestId('lab-pause')
        .click()
        .catch(() => undefined);
      gaps.sort((a, b) => a - b);
      rows.push({
        model: title,
        backend: running,
        where: 'browser',
        examplesPerSecond,
        engineMsPerEpoch:
          examplesPerSecond > 0 ? Math.round((EPOCH_EXAMPLES / examplesPerSecond) * 1000) : NaN,
        longestFrameGapMs: Math.round(gaps[gaps.length - 1]),
        p99FrameGapMs: Math.round(gaps[Math.floor(gaps.length * 0.99)]),
      });
      if (o.profile) profiles.push({ backend: running, frames: await readLongFrames(page) });
      await context.close();
      log(`${title} on ${running} in Chromium: done`);
    }
  } finally {
    await browser.close();
    server.kill();
  }
  return { rows, profiles };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string, fallback: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const lesson = opt('lesson', 'forecasting');
  const lab = opt('lab', 'deep');
  const seconds = Number(opt('seconds', '12'));
  const { rows, profiles } = await runBrowserBench({
    lesson,
    lab,
    query: opt('query', ''),
    seconds,
    backends: opt('backends', 'wasm,webgl,cpu').split(','),
    build: !args.includes('--no-build'),
    profile: args.includes('--profile'),
  });
  if (args.includes('--json')) console.log(JSON.stringify(rows));
  else {
    console.log(
      `\nLive lab ${lab} of #/en/${lesson}, training in the worker, ${seconds} s per backend`,
    );
    console.log(
      'model'.padEnd(28),
      'backend'.padEnd(8),
      'ex/s'.padStart(8),
      'ms/epoch'.padStart(10),
      'max gap'.padStart(8),
      'p99 gap'.padStart(8),
    );
    for (const r of rows) {
      console.log(
        r.model.slice(0, 27).padEnd(28),
        r.backend.padEnd(8),
        String(r.examplesPerSecond).padStart(8),
        String(r.engineMsPerEpoch).padStart(10),
        `${r.longestFrameGapMs} ms`.padStart(8),
        `${r.p99FrameGapMs} ms`.padStart(8),
      );
    }
    console.log('Target: longest frame gap ≤ 50 ms while training.');
    for (const p of profiles) printProfile(p.backend, p.frames);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
