/**
 * The open lab (#/<lang>/lab): both languages, a CSV the test writes, a few epochs of training with
 * the loss falling, switching the cell, the copy-link round trip, `_hide` flags, a malformed file
 * that leaves the page working, and the 360-px phone layout. Training is tiny (one small layer,
 * 150 windows, the cpu backend).
 */
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, open } from './fixtures';

/** A noisy sine of 200 rows with a date column the lab must skip. */
const SINE_CSV = [
  'date,level',
  ...Array.from(
    { length: 200 },
    (_, i) => `2020-01-${i},${(Math.sin(i / 4) * 10 + 50).toFixed(3)}`,
  ),
].join('\n');

const SMALL =
  'lab.data=csv&lab.backend=cpu&lab.steps=10&lab.layers=1&lab.units=8&lab.batch=16&lab.lr=0.02&lab.epochs=4';

async function upload(page: Page, name: string, text: string) {
  await page.getByTestId('openlab-csv').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text),
  });
}

/** Drops a file on the drop zone, as a drag from the desktop would. */
async function drop(page: Page, name: string, text: string) {
  const transfer = await page.evaluateHandle(
    ([n, t]) => {
      const d = new DataTransfer();
      d.items.add(new File([t], n, { type: 'text/csv' }));
      return d;
    },
    [name, text],
  );
  await page.getByTestId('openlab-drop').dispatchEvent('drop', { dataTransfer: transfer });
}

test('opens in English and Korean, from the header link', async ({ page }) => {
  await open(page, '#/en/');
  await page.getByTestId('header-lab').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Open lab' })).toBeVisible();
  await expect(page.getByTestId('openlab-panel-data')).toBeVisible();
  await page.getByTestId('lang-switch').click();
  await expect(page.getByRole('heading', { level: 1, name: '실험실' })).toBeVisible();
  await expect(page.getByTestId('header-lab')).toHaveAttribute('aria-current', 'page');
  // The synthetic series are built in the page: 1,600 + 400 examples of 50 steps.
  await expect(page.getByTestId('openlab-data-summary')).toContainText('1600');
});

test('trains on an uploaded CSV: the loss falls; switching the cell rebuilds the model', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await open(page, `#/en/lab?${SMALL}`);
  await expect(page.getByTestId('openlab-data-error')).toContainText('Choose a CSV file');
  await upload(page, 'sine.csv', SINE_CSV);
  await expect(page.getByTestId('openlab-csv-loaded')).toContainText('sine.csv: 200 rows');
  await expect(page.getByTestId('openlab-csv-loaded')).toContainText('date');
  // 200 values, windows of 10 + 1: 190 windows, 38 for validation, 152 for training.
  await expect(page.getByTestId('openlab-data-summary')).toContainText('152 training and 38');
  // SimpleRNN(8) on one feature: 8·(1 + 8 + 1) = 80, Dense(1): 9.
  await expect(page.getByTestId('openlab-params')).toHaveText('89');

  await page.getByTestId('openlab-train').click();
  await expect(page.getByTestId('openlab-backend')).toHaveText('cpu', { timeout: 120_000 });
  await expect(page.getByTestId('openlab-train')).toBeVisible({ timeout: 120_000 });
  const progress = page.getByTestId('openlab-progress');
  await expect(progress).toHaveAttribute('data-step', '40');
  const first = Number(await progress.getAttribute('data-first-loss'));
  const last = Number(await progress.getAttribute('data-loss'));
  expect(last).toBeLessThan(first * 0.5);
  await expect(page.locator('.openlab__views canvas, .openlab__views svg').first()).toBeVisible();

  await page.getByLabel('Cell', { exact: true }).selectOption('lstm');
  await expect(page).toHaveURL(/lab\.cell=lstm/);
  // LSTM(8): 4 × 80 = 320, Dense(1): 9.
  await expect(page.getByTestId('openlab-params')).toHaveText('329');
  await page.getByTestId('openlab-step').click();
  await expect(page.getByTestId('openlab-progress')).toHaveAttribute('data-step', '1', {
    timeout: 60_000,
  });
});

test('a malformed or non-numeric file says so and keeps the previous data', async ({ page }) => {
  await open(page, `#/en/lab?${SMALL}`);
  await upload(page, 'sine.csv', SINE_CSV);
  await expect(page.getByTestId('openlab-csv-loaded')).toContainText('sine.csv');
  await upload(page, 'broken.csv', 'a,b\n"1,2\n3,4\n');
  await expect(page.getByTestId('openlab-csv-error')).toContainText('not valid CSV');
  await drop(
    page,
    'words.csv',
    ['name', ...Array.from({ length: 20 }, (_, i) => `w${i}`)].join('\n'),
  );
  await expect(page.getByTestId('openlab-csv-error')).toContainText('No column holds only numbers');
  await upload(page, 'huge.csv', 'v\n'.repeat(2_800_000));
  await expect(page.getByTestId('openlab-csv-error')).toContainText('up to 5 MB');
  await expect(page.getByTestId('openlab-csv-loaded')).toContainText('sine.csv: 200 rows');
  await page.getByTestId('openlab-step').click();
  await expect(page.getByTestId('openlab-progress')).toHaveAttribute('data-step', '1', {
    timeout: 120_000,
  });
});

test('copy link reopens the same settings; _hide strips panels', async ({ page, context }) => {
  await open(page, '#/en/lab?lab.data=hihello&lab.units=5&lab.layers=1');
  await page.getByLabel('Cell', { exact: true }).selectOption('gru');
  await page.getByRole('switch', { name: 'Gate heatmap' }).click();
  await page.getByTestId('openlab-copy').click();
  const url = await page.getByTestId('openlab-url').inputValue();
  expect(url).toContain('lab.cell=gru');

  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByLabel('Cell', { exact: true })).toHaveValue('gru');
  await expect(other.getByLabel('Data set')).toHaveValue('hihello');
  await expect(other.getByRole('switch', { name: 'Gate heatmap' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  // One-hot over h, i, e, l, o; GRU(5): 3·5·(5 + 5 + 1) = 165; Dense(5): 30.
  await expect(other.getByTestId('openlab-params')).toHaveText('195');
  await other.close();

  await open(page, '#/en/lab?lab._hide=data,model,compare');
  await expect(page.getByTestId('openlab-panel-training')).toBeVisible();
  await expect(page.getByTestId('openlab-panel-data')).toHaveCount(0);
  await expect(page.getByTestId('openlab-panel-model')).toHaveCount(0);
  await expect(page.getByTestId('openlab-panel-compare')).toHaveCount(0);
  await expect(page.getByTestId('openlab-panel-link')).toBeVisible();
});

test('fits a 360-px phone in Korean', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, '#/ko/lab?lab.showGates=1');
  await expect(page.getByRole('heading', { level: 1, name: '실험실' })).toBeVisible();
  await expect(page.getByTestId('openlab-summary')).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(1);
});

test('an invalid combination lists the engine’s objections and keeps Train disabled', async ({
  page,
}) => {
  await open(page, '#/en/lab?lab.data=hihello&lab.tbptt=50&lab.units=abc');
  await expect(page.getByTestId('openlab-problems')).toContainText(
    'Truncated BPTT window must be between 1 and 6',
  );
  await expect(page.getByTestId('openlab-train')).toBeDisabled();
  // The unreadable value is reported, and the default used instead.
  await expect(page.getByTestId('link-notice')).toContainText('lab.units');
  await page.getByLabel('Truncated-BPTT window (0 = whole sequence)').fill('0');
  await expect(page.getByTestId('openlab-problems')).toHaveCount(0);
  await expect(page.getByTestId('openlab-train')).toBeEnabled();
});

test('compares RNN, LSTM and GRU on the same data: the table fills in', async ({ page }) => {
  test.setTimeout(180_000);
  await open(
    page,
    '#/en/lab?lab.data=hihello&lab.layers=1&lab.units=5&lab.head=everyStep&lab.epochs=3&lab.backend=cpu',
  );
  await page.getByTestId('openlab-compare-run').click();
  const rows = page.getByTestId('openlab-compare-table').locator('tbody tr');
  await expect(rows).toHaveCount(3, { timeout: 150_000 });
  await expect(rows.locator('th')).toHaveText(['SimpleRNN', 'LSTM', 'GRU']);
  // One-hot 5 → 5 units → Dense(5): SimpleRNN 55 + 30, LSTM 220 + 30, GRU 165 + 30.
  await expect(rows.locator('td:nth-child(2)')).toHaveText(['85', '250', '195']);
  await expect(page.getByTestId('openlab-compare-status')).toContainText('Done: 3 cells on cpu');
});

for (const lang of ['en', 'ko']) {
  test(`no serious or critical accessibility violations on the ${lang} lab`, async ({ page }) => {
    test.setTimeout(120_000);
    await open(page, `#/${lang}/lab?lab.showGates=1&lab.showGradients=1`);
    await expect(page.getByTestId('openlab-summary')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
  });
}
