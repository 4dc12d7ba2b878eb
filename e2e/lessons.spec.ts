import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openLesson } from './fixtures';
import { LESSONS } from './course';

/** Whether a lesson's source has any TeX (a few lessons are all prose and widgets). */
function hasMath(folder: string, lang: string): boolean {
  return /\$/.test(
    readFileSync(`lessons/${folder}/${lang}.mdx`, 'utf8').replace(/^---[\s\S]*?---/, ''),
  );
}

async function checkLesson(page: Page, lang: string, folder: string, slug: string) {
  await openLesson(page, `#/${lang}/${slug}`);
  if (hasMath(folder, lang)) await expect(page.locator('article .katex').first()).toBeVisible();
  const text = await page.locator('article').innerText();
  expect(text).not.toContain('$$');
  expect(await page.locator('article .katex-error').count()).toBe(0);
  // Every widget finished loading without falling back to its error message.
  await expect(page.locator('.widget').first()).toBeVisible();
  await expect(page.locator('.widget .widget-error')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

// English on a laptop screen.
for (const { folder, slug } of LESSONS) {
  test(`en/${slug} renders with its formulas, widgets and no raw TeX`, async ({ page }) => {
    await checkLesson(page, 'en', folder, slug);
  });
}

// Korean on a 360-px-wide phone, with touch: nothing may scroll sideways.
test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  for (const { folder, slug } of LESSONS) {
    test(`ko/${slug} renders and fits 360 px`, async ({ page }) => {
      await checkLesson(page, 'ko', folder, slug);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(1);
    });
  }
});
