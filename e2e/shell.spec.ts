import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, open, openLesson } from './fixtures';

interface Course {
  chapters: { id: string; lessons: string[] }[];
}
const course = JSON.parse(readFileSync('lessons/course.json', 'utf8')) as Course;
const slugs = course.chapters.flatMap((c) => c.lessons.map((f) => f.replace(/^\d+-/, '')));
const FIRST = slugs[0];

test('the course map lists every lesson of course.json, in order', async ({ page }) => {
  await open(page, '#/en/');
  const cards = page.locator('[data-lesson]');
  await expect(cards).toHaveCount(slugs.length);
  expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-lesson')))).toEqual(
    slugs,
  );
  for (const chapter of course.chapters) {
    await expect(page.locator(`[data-chapter="${chapter.id}"]`)).toBeVisible();
  }
});

test('a link without a language opens in the browser language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page).toHaveURL(/#\/ko\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await context.close();
});

test('the language switch changes the text and survives a reload', async ({ page }) => {
  await openLesson(page, `#/en/${FIRST}`);
  const english = await page.locator('h1').innerText();
  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(new RegExp(`#/ko/${FIRST}`));
  await expect(page.locator('h1')).not.toHaveText(english);
  const korean = await page.locator('h1').innerText();
  expect(korean).toMatch(/[\uac00-\ud7a3]/);
  await page.reload();
  await expect(page.locator('h1')).toHaveText(korean);
  // The remembered language is used for a link that names none.
  await page.goto('./#/');
  await expect(page).toHaveURL(/#\/ko\/$/);
});

test('a section link opens at that section', async ({ page }) => {
  await openLesson(page, `#/en/${FIRST}`);
  const ids = await page
    .locator('article h2[data-section]')
    .evaluateAll((els) => els.map((e) => e.id));
  const last = ids[ids.length - 1];
  // Each section heading carries a link to itself.
  await expect(page.locator(`#${last} a.section-anchor`)).toHaveAttribute(
    'href',
    `#/en/${FIRST}/${last}`,
  );
  await openLesson(page, `#/en/${FIRST}/${last}`);
  await expect(page.locator(`#${last}`)).toBeFocused();
  await expect(page.locator(`#${last}`)).toBeInViewport();
});

test('presenter mode: P, F, arrows between sections, ? for shortcuts', async ({ page }) => {
  await openLesson(page, `#/en/${FIRST}`);
  await page.locator('h1').click();
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveAttribute('data-presenter', 'on');
  await expect(page.locator('.sidebar')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  const first = page.locator('article h2[data-section]').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('article h2[data-section]').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(first).toBeFocused();
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  // Remembered across reloads, and switched off with the same key.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-presenter', 'on');
  await page.locator('h1').click();
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveAttribute('data-presenter', 'off');
});

test('dark theme is chosen and remembered', async ({ page }) => {
  await open(page, '#/en/');
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('"mark as done" is remembered and shown on the course map', async ({ page }) => {
  await openLesson(page, `#/en/${FIRST}`);
  await page.getByTestId('mark-done').click();
  await expect(page.getByTestId('mark-done')).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.getByTestId('mark-done')).toHaveAttribute('aria-pressed', 'true');
  await open(page, '#/en/');
  await expect(page.locator(`[data-lesson="${FIRST}"] .badge.done`)).toBeVisible();
});

test('unknown lessons and odd paths show "not found" with a way back', async ({ page }) => {
  for (const hash of ['#/en/no-such-lesson', '#/en/a/b/c/d', '#/en/%3Cscript%3E']) {
    await open(page, hash);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to the course map' })).toBeVisible();
  }
});

for (const hash of ['#/en/', '#/ko/', '#/en/FIRST', '#/ko/FIRST']) {
  test(`no serious or critical accessibility violations on ${hash}`, async ({ page }) => {
    test.setTimeout(180_000);
    const target = hash.replace('FIRST', FIRST);
    if (target.endsWith('/')) await open(page, target);
    else await openLesson(page, target);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
  });
}

test('pages fit a 360-px-wide phone without sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    hasTouch: true,
  });
  const page = await context.newPage();
  for (const hash of ['#/en/', `#/ko/${FIRST}`, `#/en/${FIRST}`]) {
    await page.goto(`./${hash}`);
    await expect(page.locator('#main')).toBeVisible();
    if (!hash.endsWith('/')) await expect(page.locator('article h2').first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, hash).toBeLessThanOrEqual(1);
  }
  await context.close();
});
