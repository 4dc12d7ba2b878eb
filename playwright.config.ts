import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, SWIFTSHADER_FLAGS } from './scripts/chromium';

/** Debian's Chromium (npm tools cannot download a browser here); `CHROME_PATH` overrides it. */
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const PORT = Number(process.env.E2E_PORT || 4173);

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    // The offline spec opts back in; elsewhere a service worker would only download the precache.
    serviceWorkers: 'block',
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: {
      executablePath,
      args: [...CHROMIUM_FLAGS, ...SWIFTSHADER_FLAGS],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
