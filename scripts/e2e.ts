/**
 * `npm run test:e2e`: finds a Chromium (CHROME_PATH, then Debian's /usr/bin/chromium), installs
 * Debian's package when it is missing and we are root, then runs the Playwright suite against the
 * built app (`npm run build` first).
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

function findChromium(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => Boolean(p && existsSync(p))) ?? null;
}

let chrome = findChromium();
if (!chrome && process.getuid?.() === 0) {
  console.log('Chromium not found: installing Debian package "chromium"…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env,
  });
  chrome = findChromium();
}
if (!chrome) {
  console.error('No Chromium found. Install Debian\'s "chromium" or set CHROME_PATH.');
  process.exit(1);
}
if (!existsSync('dist/index.html')) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
/** A free port on 127.0.0.1, so a preview server already running elsewhere never collides. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 4173;
      server.close(() => resolve(port));
    });
  });
}

const port = process.env.E2E_PORT ?? String(await freePort());
const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome, E2E_PORT: port },
});
process.exit(run.status ?? 1);
