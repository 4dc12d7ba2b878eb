/**
 * The installable offline app (issue #7): after one visit with the network on, the course works
 * with it off. Load a Korean lesson, wait until the service worker controls the page, go offline,
 * reload, open an English lesson never seen online, and train its lab on the wasm backend (the
 * worker's wasm binary comes from the precache too). Every file of the build that the precache
 * should hold is then fetched offline, so a chunk left out of the glob fails here, not in a
 * student's train.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { test, expect, openLesson } from './fixtures';

/**
 * Files of the build that are deliberately not precached (see vite.config.ts): the service
 * worker's own scripts, the threaded wasm (never loaded without cross-origin isolation) and KaTeX's
 * woff/ttf fallbacks, which are cached on first use; and the data folder's licence notes.
 */
const NOT_PRECACHED = [
  /^sw\.js$/,
  /^workbox-[\w-]+\.js$/,
  /threaded-simd[\w-]*\.wasm$/,
  /\.(?:woff|ttf)$/,
  /\.md$/,
];

// Other specs may block service workers to save the precache download; these need them.
test.use({ serviceWorkers: 'allow' });

/** Every precached file of the build with its size in bytes. */
function builtFiles(): [string, number][] {
  return readdirSync('dist', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`)
    .map((full): [string, number] => [full.replace(/^dist\/?/, ''), statSync(full).size])
    .filter(([path]) => !NOT_PRECACHED.some((pattern) => pattern.test(path)))
    .sort();
}

test('after one visit, lessons, data, models, fonts and a lab all work offline', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await openLesson(page, '#/ko/why-sequences');
  // Controlled means installed: the precache is complete before the worker activates.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 90_000,
  });

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await page.reload();
  await expect(page.locator('article h2[data-section]').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');

  // A lesson in the other language, never loaded while online, and its lab trained offline.
  await page.evaluate(() => {
    location.hash = '#/en/forecasting?one.backend=wasm&one.batch=16&one.epochs=5';
  });
  const lab = page.getByTestId('lab-one');
  await expect(lab).toBeVisible({ timeout: 30_000 });
  await lab.scrollIntoViewIfNeeded();
  // One step first: the worker starts, and its backend (wasm, from the precache) is confirmed.
  await lab.getByTestId('lab-step-batch').click();
  await expect(lab.getByTestId('lab-backend')).toHaveText('wasm', { timeout: 90_000 });
  // The dashboard records a loss every 1/20 of an epoch (21 batches here): train until it shows.
  await lab.getByTestId('lab-train').click();
  const status = lab.locator('.viz-toolbar[role="status"]').first();
  await expect(status).toContainText(/Loss \d/, { timeout: 90_000 });
  await lab.getByTestId('lab-pause').click();
  await expect(lab.getByTestId('lab-train')).toBeVisible({ timeout: 30_000 });

  // A KaTeX font the lesson has not used yet loads offline, through the browser's font loader.
  const faces = await page.evaluate(async () =>
    (await document.fonts.load('16px KaTeX_Size4', '(')).map((face) => face.status),
  );
  expect(faces).toEqual(['loaded']);

  // Every other precached file of the build answers offline, as large as it was built.
  const files = builtFiles();
  expect(files.length).toBeGreaterThan(100);
  const failures = await page.evaluate(async (paths) => {
    const bad: string[] = [];
    await Promise.all(
      paths.map(async ([path, size]) => {
        try {
          const response = await fetch(`./${path}`);
          const bytes = response.ok ? (await response.arrayBuffer()).byteLength : -1;
          if (bytes !== size) bad.push(`${path}: HTTP ${response.status}, ${bytes} of ${size} B`);
        } catch (error) {
          bad.push(`${path}: ${String(error)}`);
        }
      }),
    );
    return bad;
  }, files);
  expect(failures).toEqual([]);
});

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv',
  '.txt': 'text/plain',
  '.bin': 'application/octet-stream',
};

/**
 * Serves dist/ on its own port (so the service worker registered here is this test's alone), with
 * sw.js changed by a comment whenever `release` is called: to the browser, a new version.
 */
async function releasingServer() {
  let version = 1;
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = join('dist', path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith('dist/') || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    let body: string | Buffer = readFileSync(file);
    if (path === '/sw.js') body = `${body.toString('utf8')}\n// release ${version}\n`;
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    release: () => void version++,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

test('a new version waits until the reader chooses Reload, by keyboard, in Korean', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const server = await releasingServer();
  try {
    await page.goto(`${server.url}#/ko/why-sequences`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 90_000,
    });
    const notice = page.getByTestId('pwa-notice');
    await expect(notice).toBeEmpty();

    server.release();
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await expect(notice).toContainText('새 버전이 있습니다', { timeout: 60_000 });
    // Waiting, not yet in control: the page still runs the first version.
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return Boolean(registration?.waiting) && !registration?.installing;
      }),
    ).toBe(true);

    const reload = notice.getByRole('button', { name: '새로 고침' });
    await reload.focus();
    const navigated = page.waitForEvent('framenavigated');
    await page.keyboard.press('Enter');
    await navigated;
    await expect(page.locator('article h2[data-section]').first()).toBeVisible();
    // The new version controls the reloaded page, nothing waits any more, and the notice is gone.
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        controlled: navigator.serviceWorker.controller !== null,
        waiting: Boolean(registration?.waiting),
      };
    });
    expect(state).toEqual({ controlled: true, waiting: false });
    await expect(notice).toBeEmpty();
  } finally {
    await server.close();
  }
});
