import { test, expect, openLesson } from './fixtures';
import { LESSONS } from './course';

for (const { slug } of LESSONS) {
  for (const lang of ['en', 'ko']) {
    test(`${lang}/${slug} renders with its formulas and no raw TeX`, async ({ page }) => {
      await openLesson(page, `#/${lang}/${slug}`);
      await expect(page.locator('article .katex').first()).toBeVisible();
      const text = await page.locator('article').innerText();
      expect(text).not.toContain('$$');
      expect(await page.locator('article .katex-error').count()).toBe(0);
      // Every widget finished loading without falling back to its error message.
      await expect(page.locator('.widget .widget-error')).toHaveCount(0);
      await expect(page.locator('.widget').first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    });
  }
}
