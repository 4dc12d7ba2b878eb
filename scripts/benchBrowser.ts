/**
 * Browser half of the training benchmark: in headless Chromium, a lesson's live lab trains in the
 * worker on each backend while the page measures (1) training speed, from the snapshots the worker
 * sends, turned into ms per 7,000-series epoch, and (2) the gaps between the page's animation
 * frames while training with every component of the lesson on screen (p50, p99, longest).
 *
 *   npx tsx scripts/benchBrowser.ts [--lesson forecasting] [--lab deep] [--seconds 12] [--no-build] [--json]
 *                                   [--backends wasm,webgl,cpu] [--profile] [--repeat N]
 *                                   [--dist dist,/tmp/other-build] [--port N] [--query deep.batch=32]
 *                                   [--js-profile] [--gpu none,swiftshader] [--viewport 360x740]
 *
 * `--repeat N` measures each backend N times, each in a fresh page. `--dist a,b` serves several
 * builds (each made with `npx vite build --outDir b`) and alternates between them run by run, so a
 * before/after comparison sees the same machine load; a table of medians per build ends the output.
 * Every run prints the 1-minute load average at its end: this machine is shared.
 *
 * `--profile` also prints, per run: what ran on the main thread in frames longer than 50 ms (the
 * browser's long-animation-frame entries, with script attribution); the CPU time of Chromium's
 * threads over the window, with the time each spent runnable but waiting for a core (Linux
 * schedstat: the contention a thread suffered), against the whole machine's; and whether long gaps
 * coincide with the worker's messages (their count and structured-clone size).
 *
 * `--js-profile` samples the page's JavaScript over the window (Chromium's CPU profiler) and
 * prints the functions with the most self time.
 *
 * `--gpu` picks the Chromiums, alternated run by run (default `none,swiftshader`): `none` has no GPU
 * and composites in software, as a browser does on a machine whose GPU it does not use; its page
 * work is what a real machine's CPU pays. `swiftshader` emulates a GPU on the same CPU cores so that
 * WebGL exists here; its GL work for compositing competes for the CPU with the page and the worker,
 * which a real GPU takes off the CPU. webgl runs only on SwiftShader.
 *
 * The pseudo-backend `idle` (`--backends idle,wasm`) opens the same page and trains nothing: the
 * browser's own frame gaps on this machine, measured between the training runs.
 *
 * WebGL here is SwiftShader (software), so its figure says that WebGL works, not how fast a GPU is.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_FLAGS, SWIFTSHADER_FLAGS } from './chromium';
import { chromium, type Browser, type Page } from 'playwright-core';

const EPOCH_EXAMPLES = 7000;
/**
 * A pseudo-backend for `--backends`: the same page with nothing training, the browser's own frame
 * gaps on this machine, to compare the training runs with under the same load.
 */
const IDLE = 'idle';
/** Frames slower than this count as long in the gap/message correlation (two 60 Hz frames). */
const LONG_GAP_MS = 33;

export interface BrowserBenchOptions {
  lesson: string;
  lab: string;
  /** Extra settings for the lab's link, e.g. `deep.batch=32`. */
  query?: string;
  seconds: number;
  backends: string[];
  build: boolean;
  profile?: boolean;
  /** Also sample the page's JavaScript over the window (CDP profiler) and print where it spent time. */
  jsProfile?: boolean;
  /**
   * `swiftshader` (default): a software GPU, so that WebGL works; `none`: no GPU, software
   * compositing (WebGL unavailable), as a browser with a blocklisted GPU runs.
   */
  gpus?: Gpu[];
  /** The page's window, CSS pixels; 1280 × 900 when absent (below 600 wide: a phone, at 3×). */
  viewport?: { width: number; height: number };
  /** Measured runs per backend (and per build), each in a fresh page; 1 when absent. */
  repeat?: number;
  /** Built sites to serve and alternate between; `dist` when absent. Only the first is rebuilt. */
  dists?: string[];
  /** Port for `vite preview` of the first build, the next ones after it; free ports when absent. */
  port?: number;
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
  start: number;
  duration: number;
  /** Time in style, layout and paint at the frame's end. */
  render: number;
  scripts: { name: string; duration: number; layout: number }[];
}

/**
 * Installed in the page before its scripts (a string: it runs in the page). Wraps 'message'
 * listeners of workers and message ports (Comlink's endpoints) to note when each message arrived,
 * how long its handler ran and its data; with `profile`, records long animation frames too.
 * Only while `window.__measuring` is set, so loading the page is not counted.
 */
const pageRecorder = (profile: boolean) => `(() => {
  const rec = { messages: [], longFrames: [] };
  window.__bench = rec;
  const wrappers = new WeakMap();
  for (const proto of [MessagePort.prototype, Worker.prototype]) {
    const add = proto.addEventListener;
    const remove = proto.removeEventListener;
    proto.addEventListener = function (type, fn, opts) {
      if (type !== 'message' || typeof fn !== 'function') return add.call(this, type, fn, opts);
      const wrapped = function (e) {
        const t = performance.now();
        try {
          return fn.call(this, e);
        } finally {
          if (window.__measuring) rec.messages.push({ t, dur: performance.now() - t, data: e.data });
        }
      };
      wrappers.set(fn, wrapped);
      return add.call(this, type, wrapped, opts);
    };
    proto.removeEventListener = function (type, fn, opts) {
      return remove.call(this, type, wrappers.get(fn) || fn, opts);
    };
  }
  if (!${profile} || !PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) return;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!window.__measuring) continue;
      rec.longFrames.push({
        start: e.startTime,
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

/**
 * Measures for `ms` in the page: animation-frame gaps as [start, length] pairs, then the messages
 * that arrived meanwhile, reduced to plain numbers (a string, not a function: tsx's name helpers do
 * not exist inside the page). A message's size is its JSON length, a stand-in for what structured
 * clone copied; it is computed after the window so that it does not cost the measured frames.
 */
const measureInPage = (ms: number, lab: string | null) => `(async () => {
  const rec = window.__bench;
  rec.messages.length = 0;
  rec.longFrames.length = 0;
  window.__measuring = true;
  const gaps = await new Promise((resolve) => {
    const out = [];
    let last = performance.now();
    const end = last + ${ms};
    const tick = (now) => {
      out.push([last, now - last]);
      last = now;
      // The window closes early when the lab stops training (its pause button gives way).
      const root = ${JSON.stringify(lab)} && document.querySelector(${JSON.stringify(lab)});
      const training = !root || root.querySelector('[data-testid$="-pause"]');
      if (now < end && training) requestAnimationFrame(tick);
      else resolve(out);
    };
    requestAnimationFrame(tick);
  });
  window.__measuring = false;
  const snapshotOf = (d) => {
    const args = d && Array.isArray(d.argumentList) ? d.argumentList : [];
    for (const a of args) {
      const v = a && a.value;
      if (v && typeof v.step === 'number' && typeof v.examplesPerSecond === 'number') return v;
    }
    return null;
  };
  const messages = rec.messages.map((m) => {
    const s = snapshotOf(m.data);
    let bytes = 0;
    try { bytes = JSON.stringify(m.data).length; } catch { bytes = -1; }
    const part = (v) => (v === undefined ? 0 : JSON.stringify(v).length);
    return {
      t: m.t, dur: m.dur, bytes, traceBytes: s ? part(s.trace) : 0, historyBytes: s ? part(s.history) : 0,
      step: s ? s.step : null, rate: s ? s.examplesPerSecond : null, trace: Boolean(s && s.trace),
    };
  });
  return { gaps, messages, longFrames: rec.longFrames.slice() };
})()`;

interface Message {
  t: number;
  dur: number;
  bytes: number;
  /** JSON length of the snapshot's trace and history (0 for other messages). */
  traceBytes: number;
  historyBytes: number;
  step: number | null;
  rate: number | null;
  trace: boolean;
}

interface PageMeasure {
  gaps: [number, number][];
  messages: Message[];
  longFrames: LongFrame[];
}

/** CPU time of one group of threads over the window, ms: on a core, and runnable but waiting. */
interface ThreadTime {
  name: string;
  runMs: number;
  waitMs: number;
}

/** What `--profile` keeps of one run. */
export interface RunProfile {
  backend: string;
  gpu: Gpu;
  dist: string;
  run: number;
  frames: LongFrame[];
  measure: PageMeasure;
  threads: ThreadTime[];
  /** The machine's busy time over the window, in cores (2 = both cores busy all along). */
  machineBusyCores: number;
  windowMs: number;
  /** The page's JavaScript by self time (ms over the window), when `jsProfile` was asked. */
  js: { name: string; ms: number }[];
}

export type Gpu = 'swiftshader' | 'none';

export interface BrowserRow {
  model: string;
  backend: string;
  /** The Chromium it ran in: SwiftShader GL, or no GPU (software compositing). */
  gpu: Gpu;
  where: 'browser';
  examplesPerSecond: number;
  engineMsPerEpoch: number;
  longestFrameGapMs: number;
  p99FrameGapMs: number;
  p50FrameGapMs: number;
  /** Optimizer steps per second over the window (exact, from the snapshots' step counter). */
  stepsPerSecond: number;
  /** The build served (its folder's name) and the run's number, for `--dist` and `--repeat`. */
  dist: string;
  run: number;
  /** 1-minute load average at the end of the window. */
  loadAverage: number;
}

/** `--viewport 360x740` → { width: 360, height: 740 }. */
function viewportOf(text: string): { width: number; height: number } {
  const m = /^(\d+)x(\d+)$/.exec(text);
  if (!m) throw new Error(`--viewport takes WIDTHxHEIGHT, e.g. 360x740, not "${text}"`);
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** How a row names its browser: the GPU it composited with. */
function gpuName(gpu: Gpu): string {
  return gpu === 'none' ? 'no GPU' : 'SwiftShader';
}

/** Process ids of `root`'s descendants (Chromium and its helpers), from /proc. */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* gone */
    }
  }
  const out: number[] = [];
  const want = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parent) {
      if (want.has(ppid) && !want.has(pid)) {
        want.add(pid);
        out.push(pid);
        grew = true;
      }
    }
  }
  return out;
}

/** Per Chromium thread group (process type + thread name): ns on a core and ns waiting for one. */
function chromiumThreadTimes(): Map<string, { run: number; wait: number }> {
  const times = new Map<string, { run: number; wait: number }>();
  if (!existsSync('/proc/self/task')) return times;
  for (const pid of descendants(process.pid)) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('chrom')) continue;
      const type = /--type=([\w-]+)/.exec(cmd)?.[1] ?? 'browser';
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const comm = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
        const [run, wait] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8')
          .split(' ')
          .map(Number);
        const key = `${type} ${comm.replace(/\d+$/, '#')}`;
        const e = times.get(key) ?? { run: 0, wait: 0 };
        e.run += run;
        e.wait += wait;
        times.set(key, e);
      }
    } catch {
      /* the process or thread ended */
    }
  }
  return times;
}

/** Busy and total jiffies of the whole machine (first line of /proc/stat). */
function machineJiffies(): { busy: number; total: number } {
  if (!existsSync('/proc/stat')) return { busy: 0, total: 0 };
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  return { busy: total - f[3] - f[4], total };
}

function threadDelta(
  before: Map<string, { run: number; wait: number }>,
  after: Map<string, { run: number; wait: number }>,
): ThreadTime[] {
  const out: ThreadTime[] = [];
  for (const [name, a] of after) {
    const b = before.get(name) ?? { run: 0, wait: 0 };
    out.push({ name, runMs: (a.run - b.run) / 1e6, waitMs: (a.wait - b.wait) / 1e6 });
  }
  return out.sort((x, y) => y.runMs - x.runMs);
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
}

function median(xs: number[]): number {
  return quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );
}

/** Speed over the window from the snapshots: time-weighted mean of the rate they report, and steps/s. */
function speedOf(messages: Message[]): { examplesPerSecond: number; stepsPerSecond: number } {
  const snaps = messages.filter((m) => m.step !== null && m.rate !== null);
  if (snaps.length < 2) return { examplesPerSecond: 0, stepsPerSecond: 0 };
  let weighted = 0;
  for (let i = 0; i + 1 < snaps.length; i++)
    weighted += (snaps[i].rate as number) * (snaps[i + 1].t - snaps[i].t);
  const span = snaps[snaps.length - 1].t - snaps[0].t;
  const steps = (snaps[snaps.length - 1].step as number) - (snaps[0].step as number);
  return { examplesPerSecond: weighted / span, stepsPerSecond: (steps / span) * 1000 };
}

function printJs(p: RunProfile): void {
  if (p.js.length === 0) return;
  const secs = p.windowMs / 1000;
  const total = p.js.reduce((a, f) => a + f.ms, 0);
  const idle = p.js.filter((f) => f.name === '(idle)').reduce((a, f) => a + f.ms, 0);
  console.log(
    `\n${p.backend} (${p.dist}, run ${p.run}): page JavaScript, ${Math.round((total - idle) / secs)} ms/s ` +
      `sampled outside idle; top functions by self time (ms per s):`,
  );
  for (const f of p.js.filter((x) => x.name !== '(idle)').slice(0, 15))
    console.log(`  ${(f.ms / secs).toFixed(1).padStart(6)}  ${f.name.slice(0, 120)}`);
}

function printProfile(p: RunProfile): void {
  const frames = p.frames;
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
    `\n${p.backend} (${gpuName(p.gpu)}, ${p.dist}, run ${p.run}): ${frames.length} frames over 50 ms, ` +
      `${Math.round(total)} ms in all, ${Math.round(render)} ms of it in style/layout/paint at frame end`,
  );
  const top = [...byScript].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8);
  for (const [name, e] of top) {
    console.log(
      `  ${String(Math.round(e.ms)).padStart(6)} ms  ${String(e.n).padStart(4)}×  ` +
        `forced layout ${Math.round(e.layout)} ms  ${name.slice(0, 110)}`,
    );
  }
  const secs = p.windowMs / 1000;
  const ours = p.threads.reduce((a, t) => a + t.runMs, 0) / p.windowMs;
  console.log(
    `  CPU over the window: machine ${p.machineBusyCores.toFixed(2)} cores busy, ` +
      `Chromium ${ours.toFixed(2)}; per thread (on a core / waiting for one, ms per s):`,
  );
  for (const t of p.threads.filter((x) => x.runMs / secs >= 5).slice(0, 8)) {
    console.log(
      `    ${String(Math.round(t.runMs / secs)).padStart(5)} / ${String(Math.round(t.waitMs / secs)).padStart(4)}  ${t.name}`,
    );
  }
  const { gaps, messages } = p.measure;
  const arrivals = messages.map((m) => m.t).sort((a, b) => a - b);
  const withMessage = (g: [number, number]) => {
    let lo = 0;
    let hi = arrivals.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (arrivals[mid] < g[0]) lo = mid + 1;
      else hi = mid;
    }
    return lo < arrivals.length && arrivals[lo] <= g[0] + g[1];
  };
  const long = gaps.filter((g) => g[1] > LONG_GAP_MS);
  const share = (gs: [number, number][]) =>
    gs.length ? `${Math.round((100 * gs.filter(withMessage).length) / gs.length)} %` : '–';
  const bytes = messages.map((m) => m.bytes);
  const handler = messages.map((m) => m.dur).sort((a, b) => a - b);
  // Were messages to land at random, a gap of g ms would hold one with probability 1 − e^(−rate·g).
  const rate = messages.length / p.windowMs;
  const chance = (gs: [number, number][]) =>
    gs.length
      ? `${Math.round((100 * gs.reduce((a, g) => a + 1 - Math.exp(-rate * g[1]), 0)) / gs.length)} %`
      : '–';
  const snaps = messages.filter((m) => m.step !== null);
  console.log(
    `  messages: ${(messages.length / secs).toFixed(1)}/s (${(snaps.length / secs).toFixed(1)} snapshots), ` +
      `JSON size median ${Math.round(median(bytes))} B (trace ${Math.round(median(snaps.map((m) => m.traceBytes)))}, ` +
      `history ${Math.round(median(snaps.map((m) => m.historyBytes)))}), max ${Math.max(0, ...bytes)} B; ` +
      `handler p99 ${quantile(handler, 0.99).toFixed(1)} ms`,
  );
  // When in the window the longest gaps fell: a one-off at its start reads differently from a
  // steady rhythm.
  const t0 = gaps[0]?.[0] ?? 0;
  const worst = [...gaps].sort((a, b) => b[1] - a[1]).slice(0, 3);
  console.log(
    `  longest gaps: ${worst.map((g) => `${Math.round(g[1])} ms at ${((g[0] - t0) / 1000).toFixed(1)} s`).join(', ')}`,
  );
  console.log(
    `  frames holding a message: all ${share(gaps)} (by chance ${chance(gaps)}), ` +
      `gaps > ${LONG_GAP_MS} ms (${long.length}) ${share(long)} (by chance ${chance(long)})`,
  );
}

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (name, file, line) of a CDP CPU profile, largest first. */
function selfTimes(profile: CpuProfile): { name: string; ms: number }[] {
  const byNode = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
  );
  const byName = new Map<string, number>();
  for (const n of profile.nodes) {
    const ms = byNode.get(n.id) ?? 0;
    if (ms === 0) continue;
    const f = n.callFrame;
    const file = f.url.replace(/^.*\//, '');
    const name = file
      ? `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`
      : f.functionName;
    byName.set(name, (byName.get(name) ?? 0) + ms);
  }
  return [...byName].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}

/**
 * A port nobody listens on, chosen by the system. (A fixed one collides with other servers, and
 * fetch refuses some outright: 4190, the old default, is on the Fetch standard's bad-port list.)
 */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/**
 * Starts `vite preview` for a built folder and waits until it answers. It runs in a process group of
 * its own: `npx` starts vite as a child, which killing `npx` alone would leave serving the port.
 */
async function serve(dist: string, port: number): Promise<() => void> {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'].concat([
      '--outDir',
      dist,
    ]),
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  let exited = false;
  server.on('exit', () => (exited = true));
  for (let i = 0; i < 100 && !exited; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return stop;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview of ${dist} did not answer on port ${port} (in use? try --port)`);
}

/** One measured run: open the lab, train, measure the window, pause. */
async function measureRun(
  browser: Browser,
  gpu: Gpu,
  o: BrowserBenchOptions,
  backend: string,
  base: string,
  dist: string,
  run: number,
): Promise<{ row: BrowserRow; profile: RunProfile }> {
  // The offline app's service worker would spend the measured window precaching the site.
  const context = await browser.newContext({
    viewport: o.viewport ?? { width: 1280, height: 900 },
    // A phone-sized window is a touch screen at a phone's pixel ratio.
    ...((o.viewport?.width ?? 1280) < 600
      ? { deviceScaleFactor: 3, isMobile: true, hasTouch: true }
      : {}),
    serviceWorkers: 'block',
  });
  try {
    const page: Page = await context.newPage();
    await page.addInitScript(pageRecorder(Boolean(o.profile)));
    const idle = backend === IDLE;
    const settings = [idle ? '' : `${o.lab}.backend=${backend}`, o.query ?? ''].filter(Boolean);
    await page.goto(`${base}#/en/${o.lesson}?${settings.join('&')}`);
    // Every lab is a section whose test id ends in its id: lab-deep, charlab-long, sampler-moby…
    const labSelector = `section[data-testid$="-${o.lab}"]`;
    const lab = page.locator(labSelector).first();
    await lab.waitFor();
    const title = await lab.locator('h3').first().innerText();
    await lab.scrollIntoViewIfNeeded();
    // Every lab's buttons end in -train and -pause (lab-, charlab-, sentiment-…).
    if (!idle) {
      await lab.locator('[data-testid$="-train"]').first().click();
      await lab.locator('[data-testid$="-pause"]').first().waitFor({ timeout: 60_000 });
    }
    // Let the backend warm up, then measure frame gaps and speed over a fixed window.
    await page.waitForTimeout(2000);
    const cdp = o.jsProfile ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const threadsBefore = o.profile ? chromiumThreadTimes() : new Map();
    const cpuBefore = machineJiffies();
    const startedAt = performance.now();
    const measure = (await page.evaluate(
      measureInPage(o.seconds * 1000, idle ? null : labSelector),
    )) as PageMeasure;
    const windowMs = performance.now() - startedAt;
    const cpuAfter = machineJiffies();
    const threads = o.profile ? threadDelta(threadsBefore, chromiumThreadTimes()) : [];
    const loadAverage = loadavg()[0];
    const js = cdp
      ? selfTimes(((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile)
      : [];
    const running = idle
      ? IDLE
      : (
          await lab
            .locator('[data-testid$="-backend"]')
            .first()
            .innerText()
            .catch(() => backend)
        ).trim();
    const pause = lab.locator('[data-testid$="-pause"]').first();
    if (!idle) await pause.click({ timeout: 2000 }).catch(() => undefined);
    const measuredMs = measure.gaps.reduce((a, g) => a + g[1], 0);
    if (measuredMs < o.seconds * 1000 - 500)
      (o.log ?? console.error)(
        `  training ended ${(measuredMs / 1000).toFixed(1)} s into the ${o.seconds} s window, which closed with it (more epochs: --query ${o.lab}.epochs=N)`,
      );
    const speed = speedOf(measure.messages);
    const sorted = measure.gaps.map((g) => g[1]).sort((a, b) => a - b);
    const jiffies = cpuAfter.total - cpuBefore.total;
    const cores = jiffies > 0 ? ((cpuAfter.busy - cpuBefore.busy) / jiffies) * cpus().length : NaN;
    const row: BrowserRow = {
      model: title,
      backend: running,
      gpu,
      where: 'browser',
      examplesPerSecond: Math.round(speed.examplesPerSecond),
      engineMsPerEpoch:
        speed.examplesPerSecond > 0
          ? Math.round((EPOCH_EXAMPLES / speed.examplesPerSecond) * 1000)
          : NaN,
      longestFrameGapMs: Math.round(sorted[sorted.length - 1]),
      p99FrameGapMs: Math.round(quantile(sorted, 0.99)),
      p50FrameGapMs: Math.round(quantile(sorted, 0.5) * 10) / 10,
      stepsPerSecond: Math.round(speed.stepsPerSecond * 10) / 10,
      dist: basename(dist),
      run,
      loadAverage: Math.round(loadAverage * 100) / 100,
    };
    const profile: RunProfile = {
      backend: running,
      gpu,
      dist: basename(dist),
      run,
      frames: measure.longFrames,
      measure,
      threads,
      machineBusyCores: cores,
      windowMs,
      js,
    };
    return { row, profile };
  } finally {
    await context.close();
  }
}

/** Runs the lab on each backend in headless Chromium; rows (and per-run profiles when asked). */
export async function runBrowserBench(
  o: BrowserBenchOptions,
): Promise<{ rows: BrowserRow[]; profiles: RunProfile[] }> {
  const chrome = findChromium();
  if (!chrome)
    throw new Error('no Chromium found (install Debian\'s "chromium" or set CHROME_PATH)');
  const log = o.log ?? ((line: string) => console.error(line));
  const dists = (o.dists && o.dists.length > 0 ? o.dists : ['dist']).map((d) => resolve(d));
  if (o.build) {
    const b = spawnSync('npx', ['vite', 'build', '--outDir', dists[0], '--emptyOutDir'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (b.status !== 0) throw new Error(`vite build failed (${b.status})`);
  }
  const servers: (() => void)[] = [];
  const rows: BrowserRow[] = [];
  const profiles: RunProfile[] = [];
  const gpus: Gpu[] = o.gpus && o.gpus.length > 0 ? o.gpus : ['swiftshader'];
  const browsers = new Map<Gpu, Browser>();
  try {
    const ports: number[] = [];
    for (const [i, d] of dists.entries()) {
      ports.push(o.port ? o.port + i : await freePort());
      servers.push(await serve(d, ports[i]));
    }
    for (const gpu of gpus) {
      browsers.set(
        gpu,
        await chromium.launch({
          executablePath: chrome,
          args: [
            ...CHROMIUM_FLAGS,
            // SwiftShader: WebGL (and with it the GPU compositor) in software on the CPU. Without
            // it Chromium has no GPU here and composites in software, as for a user whose GPU is
            // blocklisted; WebGL is then unavailable.
            ...(gpu === 'none' ? ['--disable-gpu'] : SWIFTSHADER_FLAGS),
            // More flags for a diagnosis, e.g. CHROMIUM_EXTRA_FLAGS=--disable-gpu-rasterization.
            ...(process.env.CHROMIUM_EXTRA_FLAGS ?? '').split(/\s+/).filter(Boolean),
          ],
        }),
      );
    }
    for (let run = 1; run <= (o.repeat ?? 1); run++) {
      for (const backend of o.backends) {
        // Builds and browsers alternate innermost, so each pair compared shares the machine's load.
        for (const [i, d] of dists.entries()) {
          for (const [gpu, browser] of browsers) {
            if (gpu === 'none' && backend === 'webgl') continue;
            const base = `http://127.0.0.1:${ports[i]}/`;
            const { row, profile } = await measureRun(browser, gpu, o, backend, base, d, run);
            rows.push(row);
            if (o.profile || o.jsProfile) profiles.push(profile);
            log(
              `${row.model} on ${row.backend} in Chromium (${gpuName(gpu)}, ${row.dist}, run ${run}): ` +
                `${row.examplesPerSecond} ex/s, gaps p50 ${row.p50FrameGapMs} / p99 ${row.p99FrameGapMs} / ` +
                `max ${row.longestFrameGapMs} ms, load ${row.loadAverage}`,
            );
          }
        }
      }
    }
  } finally {
    for (const b of browsers.values()) await b.close();
    for (const stop of servers) stop();
  }
  return { rows, profiles };
}

function printRows(rows: BrowserRow[]): void {
  console.log(
    'model'.padEnd(20),
    'backend'.padEnd(8),
    'browser'.padEnd(11),
    'build'.padEnd(14),
    'run'.padStart(3),
    'ex/s'.padStart(7),
    'ms/epoch'.padStart(9),
    'p50 gap'.padStart(8),
    'p99 gap'.padStart(8),
    'max gap'.padStart(8),
    'load'.padStart(6),
  );
  for (const r of rows) {
    console.log(
      r.model.slice(0, 19).padEnd(20),
      r.backend.padEnd(8),
      gpuName(r.gpu).padEnd(11),
      r.dist.slice(0, 13).padEnd(14),
      String(r.run).padStart(3),
      String(r.examplesPerSecond).padStart(7),
      String(r.engineMsPerEpoch).padStart(9),
      `${r.p50FrameGapMs} ms`.padStart(8),
      `${r.p99FrameGapMs} ms`.padStart(8),
      `${r.longestFrameGapMs} ms`.padStart(8),
      r.loadAverage.toFixed(2).padStart(6),
    );
  }
}

/** Medians per build and backend over the repeats. */
function printMedians(rows: BrowserRow[]): void {
  const groups = new Map<string, BrowserRow[]>();
  for (const r of rows) {
    const key = `${r.backend}\t${r.dist}\t${r.gpu}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  console.log(`\nMedians over runs`);
  for (const [key, rs] of groups) {
    const [backend, dist, gpu] = key.split('\t');
    const m = (f: (r: BrowserRow) => number) => median(rs.map(f));
    console.log(
      `  ${backend.padEnd(6)} ${gpuName(gpu as Gpu).padEnd(11)} ${dist.padEnd(14)} ${rs.length} runs: ${Math.round(m((r) => r.examplesPerSecond))} ex/s, ` +
        `gaps p50 ${m((r) => r.p50FrameGapMs)} / p99 ${m((r) => r.p99FrameGapMs)} / ` +
        `max ${m((r) => r.longestFrameGapMs)} ms (worst max ${Math.max(...rs.map((r) => r.longestFrameGapMs))} ms), ` +
        `load ${m((r) => r.loadAverage).toFixed(2)}`,
    );
  }
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
  const repeat = Math.max(1, Math.floor(Number(opt('repeat', '1'))));
  const { rows, profiles } = await runBrowserBench({
    lesson,
    lab,
    query: opt('query', ''),
    seconds,
    backends: opt('backends', 'wasm,webgl,cpu').split(','),
    build: !args.includes('--no-build'),
    profile: args.includes('--profile'),
    jsProfile: args.includes('--js-profile'),
    gpus: opt('gpu', 'none,swiftshader')
      .split(',')
      .map((g): Gpu => (g === 'none' ? 'none' : 'swiftshader')),
    repeat,
    dists: opt('dist', 'dist').split(','),
    port: Number(opt('port', '0')) || undefined,
    viewport: viewportOf(opt('viewport', '1280x900')),
  });
  if (args.includes('--json')) console.log(JSON.stringify(rows));
  else {
    console.log(
      `\nLive lab ${lab} of #/en/${lesson}, training in the worker, ${seconds} s per run`,
    );
    printRows(rows);
    if (rows.length > 1) printMedians(rows);
    console.log('Target: longest frame gap ≤ 50 ms while training.');
    for (const p of profiles) {
      if (p.threads.length > 0 || p.frames.length > 0) printProfile(p);
      printJs(p);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
