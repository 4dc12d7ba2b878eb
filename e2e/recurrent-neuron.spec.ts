import { test, expect, openLesson } from './fixtures';

const LESSON = '#/en/recurrent-neuron';

test('widget settings come from the link and go back into it', async ({ page }) => {
  await openLesson(page, `${LESSON}?act.x=2.5&act.T=10`);
  const x = page.getByLabel('Input x', { exact: false }).first();
  await expect(x).toHaveAttribute('aria-valuetext', /^2\.5/);
  await expect(page.getByLabel('Steps T').first()).toHaveAttribute('aria-valuetext', /^10\b/);
  await expect(page.getByTestId('link-notice')).toHaveCount(0);
  // Moving the slider with the keyboard writes the new value into the link.
  await x.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/act\.x=2\.[6-9]|act\.x=3/);
  const url = page.url();
  await page.reload();
  await expect(page.locator('article h2').first()).toBeVisible();
  expect(page.url()).toBe(url);
  await expect(page.getByLabel('Input x', { exact: false }).first()).not.toHaveAttribute(
    'aria-valuetext',
    /^2\.5/,
  );
});

test('a malformed link shows the notice and the defaults, with a way back', async ({ page }) => {
  await openLesson(
    page,
    `${LESSON}?act.x=abc&act.T=9999&act.fn=evil&act.__proto__=1&zzz=1&other.y=2`,
  );
  const notice = page.getByTestId('link-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('act.x');
  await expect(notice).toContainText('not a valid value');
  await expect(notice).toContainText('out of range');
  await expect(notice).toContainText('zzz');
  await expect(page.getByLabel('Input x', { exact: false }).first()).toHaveAttribute(
    'aria-valuetext',
    /^1\b/,
  );
  await expect(page.getByLabel('Steps T').first()).toHaveAttribute('aria-valuetext', /^100\b/);
  await notice.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(notice).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe(LESSON);
  await expect(page.getByLabel('Steps T').first()).toHaveAttribute('aria-valuetext', /^20\b/);
});

test('the check-yourself question is checked by the page', async ({ page }) => {
  await openLesson(page, `${LESSON}/check`);
  const question = page.locator('#check ~ * .check-question').first();
  const input = question.getByRole('textbox').or(question.getByRole('spinbutton')).first();
  await input.fill('abc');
  await question.getByRole('button', { name: 'Check' }).click();
  await expect(question).toContainText('Enter a number');
  await input.fill('35');
  await question.getByRole('button', { name: 'Check' }).click();
  await expect(question).toContainText('Not quite');
  await input.fill('36');
  await question.getByRole('button', { name: 'Check' }).click();
  await expect(question).toContainText('Right!');
  await expect(question).toContainText('16 + 16 + 4 = 36');
});

test('the Korean lesson runs the same widgets with Korean labels', async ({ page }) => {
  await openLesson(page, '#/ko/recurrent-neuron?act.x=-2');
  await expect(page.getByLabel('입력 x').first()).toHaveAttribute('aria-valuetext', /^[−-]2\b/);
  await expect(page.locator('.check-question').first()).toContainText('확인');
});
