/**
 * The lessons' own live labs beyond TrainingLab: each trained briefly through the worker, checked
 * against what the notes say the run reaches.
 */
import { test, expect, openLesson } from './fixtures';

test('hihello trains in seconds until it predicts "ihello"', async ({ page }) => {
  test.setTimeout(240_000);
  await openLesson(page, '#/en/character-models');
  const lab = page.getByTestId('charlab-hihello');
  await lab.scrollIntoViewIfNeeded();
  await lab.getByTestId('charlab-train').click();
  await expect(lab.getByTestId('charlab-prediction')).toContainText('ihello', { timeout: 200_000 });
  await expect(lab.getByTestId('charlab-prediction')).toContainText('✓', { timeout: 200_000 });
});

test('the forecast race fills the naive and linear baselines in the page', async ({ page }) => {
  test.setTimeout(180_000);
  await openLesson(page, '#/en/forecasting');
  const race = page.getByTestId('race-race');
  await race.scrollIntoViewIfNeeded();
  await race.getByTestId('race-baselines').click();
  await expect(race.getByTestId('race-value-naiveNext')).toContainText(/0\.02\d/, {
    timeout: 150_000,
  });
  await expect(race.getByTestId('race-value-linearNext')).toContainText(/0\.00\d/);
});

test('an LSTM steps through training with its gates drawn', async ({ page }) => {
  test.setTimeout(240_000);
  await openLesson(page, '#/en/lstm?gates.backend=cpu');
  const lab = page.getByTestId('lab-gates');
  await lab.scrollIntoViewIfNeeded();
  await lab.getByTestId('lab-step-batch').click();
  await expect(lab.getByTestId('lab-backend')).toHaveText('cpu', { timeout: 200_000 });
  await expect(lab.getByTestId('gate-readout')).toContainText(/\S/);
  await expect(lab.locator('canvas').first()).toBeVisible();
});

test('a bidirectional model sees the future the forward one cannot', async ({ page }) => {
  test.setTimeout(240_000);
  await openLesson(page, '#/en/deep-bidirectional?ahead.bi=1&ahead.epochs=3');
  const lab = page.getByTestId('bilab-ahead');
  await lab.scrollIntoViewIfNeeded();
  await lab.getByTestId('bilab-train').click();
  // The label depends on k steps ahead: only a model that reads backwards can reach near 1.
  await expect(lab.getByTestId('bilab-results')).toContainText(/bidirectional.*(0\.9\d\d|1\.000)/, {
    timeout: 200_000,
  });
});

test('digit reversal trains and scores its answers', async ({ page }) => {
  test.setTimeout(240_000);
  await openLesson(page, '#/en/applications?reverse.epochs=1&reverse.units=16');
  const lab = page.getByTestId('s2s-reverse');
  await lab.scrollIntoViewIfNeeded();
  await lab.getByTestId('s2s-train').click();
  await expect(lab.getByTestId('s2s-score')).toContainText(/\d/, { timeout: 200_000 });
});

test('the sentiment lab trains a model and scores test sentences', async ({ page }) => {
  test.setTimeout(300_000);
  await openLesson(page, '#/en/sentiment?compare.epochs=1');
  const lab = page.getByTestId('sentimentlab-compare');
  await lab.scrollIntoViewIfNeeded();
  await lab.getByTestId('sentiment-train').click();
  await expect(lab.getByTestId('sentiment-results')).toContainText(/\d+(\.\d+)?\s*%|0\.\d+/, {
    timeout: 280_000,
  });
  await expect(lab.getByTestId('sentiment-prediction')).toContainText(/\d/);
});

test('the Moby-Dick character model steps and samples text', async ({ page }) => {
  test.setTimeout(240_000);
  await openLesson(page, '#/en/language-models?moby.units=16');
  const lab = page.getByTestId('sampler-moby');
  await lab.scrollIntoViewIfNeeded();
  await lab.getByTestId('sampler-step').click();
  await expect(lab.getByTestId('sampler-sampled')).toContainText(/\S{5,}/, { timeout: 200_000 });
});
