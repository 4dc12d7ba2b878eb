/**
 * Teacher forcing against free running, and the encoder–decoder: both labs trained briefly through
 * their workers, checked for what a reader must see (both runs' generated text and scores; the
 * decoder's output at every step).
 */
import { test, expect, openLesson } from './fixtures';

test('teacher-forced and free-running runs train side by side and both generate text', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await openLesson(page, '#/en/language-models?forcing.epochs=15');
  const lab = page.getByTestId('tf-forcing');
  await lab.scrollIntoViewIfNeeded();
  await lab.getByTestId('tf-train').click();
  for (const run of ['forced', 'free']) {
    await expect(lab.getByTestId(`tf-text-${run}`)).toContainText(/“.{40}”/, { timeout: 280_000 });
    await expect(lab.getByTestId(`tf-match-${run}`)).toContainText(/\d+%/);
  }
  await expect(lab.getByTestId('tf-status')).toContainText('step 15 of 15');
});

test('the teacher-forcing lab speaks Korean on the Korean page', async ({ page }) => {
  await openLesson(page, '#/ko/language-models');
  const lab = page.getByTestId('tf-forcing');
  await expect(lab.getByRole('heading', { name: '교사 강요 대 자유 실행' })).toBeVisible();
  await expect(lab.getByTestId('tf-train')).toHaveText('둘 다 학습');
});

test('the encoder–decoder writes its answer step by step', async ({ page }) => {
  test.setTimeout(240_000);
  await openLesson(page, '#/en/applications?reverse.epochs=1&reverse.units=16&reverse.length=3');
  const lab = page.getByTestId('s2s-reverse');
  await lab.scrollIntoViewIfNeeded();
  await lab.getByTestId('s2s-train').click();
  const table = lab.getByTestId('s2s-examples');
  await expect(table).toBeVisible({ timeout: 200_000 });
  await expect(table.getByRole('columnheader', { name: 'Step 3' })).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(6);
  await expect(lab.getByTestId('s2s-score')).toContainText(/\d+(\.\d)?% of digits right/);
});
