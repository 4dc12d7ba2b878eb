/**
 * The open lab's "show as code", saved runs and model files in the built app: the code follows the
 * settings; a trained run is saved, renamed, reopened after the settings changed (its weights come
 * back: the loss is the saved one, not a fresh model's), exported as TensorFlow.js files, and read
 * back; a wrong file is refused and leaves the model alone; a run is deleted. Tiny model, cpu.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, open } from './fixtures';

const HIHELLO =
  'lab.data=hihello&lab.head=everyStep&lab.backend=cpu&lab.layers=1&lab.units=6&lab.lr=0.1&lab.epochs=40&lab.cell=simpleRnn';

async function stepUntilDone(page: Page) {
  await page.getByTestId('openlab-train').click();
  await expect(page.getByTestId('openlab-progress')).toHaveAttribute('data-step', '40', {
    timeout: 120_000,
  });
}

test('show as code follows the settings, in Keras and PyTorch', async ({ page }) => {
  await open(page, `#/en/lab?${HIHELLO}`);
  const code = page.getByTestId('code-panel-code');
  await expect(code).toContainText('layers.SimpleRNN(6, return_sequences=True');
  await expect(code).toContainText("text = 'hihello'");
  await page.getByRole('button', { name: 'PyTorch', exact: true }).click();
  await expect(code).toContainText('Recurrent("simple_rnn", input_size=5, units=6');
  await expect(code).toContainText('for epoch in range(1, EPOCHS + 1):');
  await page.getByLabel('Cell', { exact: true }).selectOption('gru');
  await expect(code).toContainText('Recurrent("gru_reset_before", input_size=5, units=6');
  await open(page, `#/ko/lab?${HIHELLO}`);
  await expect(page.getByRole('heading', { level: 3, name: '코드로 보기' })).toBeVisible();
  await expect(page.getByRole('button', { name: '코드 복사' })).toBeVisible();
});

test('save, rename, reopen, export, import and delete a run', async ({ page }) => {
  test.setTimeout(240_000);
  await open(page, `#/en/lab?${HIHELLO}`);
  await stepUntilDone(page);
  const trainedLoss = Number(await page.getByTestId('openlab-progress').getAttribute('data-loss'));

  // Save it.
  await page.getByLabel('Name of this run').fill('hihello, RNN 6');
  await page.getByRole('button', { name: 'Save run' }).click();
  const status = page.getByTestId('saved-runs-status');
  await expect(status).toHaveText('Saved “hihello, RNN 6”.');
  const table = page.getByRole('table', { name: 'Runs saved in this browser' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('SimpleRNN, 1 × 6');
  await expect(table).toContainText('hihello');

  // Rename it.
  await page.getByRole('button', { name: 'Rename: hihello, RNN 6' }).click();
  await page.getByLabel('New name for hihello, RNN 6').fill('first run');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(status).toHaveText('Renamed to “first run”.');
  await expect(table.getByRole('rowheader')).toHaveText('first run');

  // Export the files while the trained weights are in the run.
  await page.getByRole('button', { name: 'Export model files' }).click();
  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download model.json' }).click(),
  ]);
  const [binDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download weights.bin' }).click(),
  ]);
  const modelJson = await readFile(await jsonDownload.path());
  const weights = await readFile(await binDownload.path());
  const parsed = JSON.parse(modelJson.toString());
  expect(parsed.format).toBe('layers-model');
  expect(parsed.modelTopology).toBeTruthy();
  await expect(page.getByText('TensorFlow.js layers format')).toBeVisible();

  // Another model, then reopen the saved run: its settings and its weights come back.
  await page.getByLabel('Cell', { exact: true }).selectOption('lstm');
  await expect(page).toHaveURL(/lab\.cell=lstm/);
  await table.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByLabel('Cell', { exact: true })).toHaveValue('simpleRnn');
  await expect(status).toContainText('trained weights restored', { timeout: 60_000 });
  // The history it was saved with is readable as a table; its last row is the trained loss.
  const saved = page.getByTestId('saved-runs-history');
  await saved.locator('summary').click();
  await expect(saved.locator('tbody tr').first()).toBeVisible();
  const lastLoss = Number(await saved.locator('tbody tr').last().locator('td').nth(2).innerText());
  expect(Math.abs(lastLoss - trainedLoss)).toBeLessThan(Math.max(trainedLoss, 0.05));
  // One more step from the restored weights: the loss is the trained one, not a fresh model's.
  await page.getByTestId('openlab-step').click();
  await expect(page.getByTestId('openlab-progress')).toHaveAttribute('data-step', '1', {
    timeout: 60_000,
  });
  const reopenedLoss = Number(await page.getByTestId('openlab-progress').getAttribute('data-loss'));
  expect(reopenedLoss).toBeLessThan(Math.max(trainedLoss * 3, 0.2));

  // Reset to fresh weights, then read the exported files back in.
  await page.getByTestId('openlab-reset').click();
  const input = page.getByTestId('model-files-input');
  const filesStatus = page.getByTestId('model-files-status');
  await input.setInputFiles([
    { name: 'model.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') },
    { name: 'weights.bin', mimeType: 'application/octet-stream', buffer: weights },
  ]);
  await expect(filesStatus).toContainText('model.json is not JSON text');
  await input.setInputFiles([
    { name: 'model.json', mimeType: 'application/json', buffer: modelJson },
  ]);
  await expect(filesStatus).toContainText('Choose both files');
  await input.setInputFiles([
    { name: 'model.json', mimeType: 'application/json', buffer: modelJson },
    { name: 'weights.bin', mimeType: 'application/octet-stream', buffer: weights },
  ]);
  await expect(filesStatus).toContainText('the current model now holds their weights');
  await page.getByTestId('openlab-step').click();
  await expect(page.getByTestId('openlab-progress')).toHaveAttribute('data-step', '1', {
    timeout: 60_000,
  });
  const importedLoss = Number(await page.getByTestId('openlab-progress').getAttribute('data-loss'));
  expect(importedLoss).toBeLessThan(Math.max(trainedLoss * 3, 0.2));

  // Delete it (asked twice).
  await page.getByRole('button', { name: 'Delete: first run' }).click();
  await page.getByRole('button', { name: 'Delete for good' }).click();
  await expect(status).toHaveText('Deleted “first run”.');
  await expect(page.getByText('No saved runs yet.')).toBeVisible();
});
