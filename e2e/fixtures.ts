/**
 * Shared e2e fixtures: every test fails on a console error or an uncaught page error, so "zero
 * console errors" is checked on every page a test visits.
 */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      // Any Content-Security-Policy violation fails the test, even one the browser only reports.
      await page.exposeFunction('__reportCsp', (text: string) => errors.push(`csp: ${text}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp;
          report(`${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens a hash route of the built app and waits for the shell to render. */
export async function open(page: Page, hash: string) {
  await page.goto(`./${hash}`);
  await expect(page.locator('#main')).toBeVisible();
}

/** Waits until a lesson's body (not just its header) has rendered. */
export async function openLesson(page: Page, hash: string) {
  await open(page, hash);
  await expect(page.locator('article h2[data-section]').first()).toBeVisible();
}
