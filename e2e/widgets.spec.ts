/**
 * A student's path through the lessons' interactive parts that need no training worker (or only a
 * short run): each checked against a figure the course notes or the maths give.
 */
import { test, expect, openLesson } from './fixtures';

test('ARIMA(5,1,0) on the monthly sales: coefficients, then the rolling forecast and its MSE', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openLesson(page, '#/en/classical-models');
  await page.getByTestId('arima-fit').click();
  await expect(page.getByTestId('arima-coefficients')).toContainText(/\d/, { timeout: 120_000 });
  await page.getByTestId('arima-rolling').click();
  await expect(page.getByTestId('arima-mse')).toContainText(/\d{3,}/, { timeout: 180_000 });
});

test("the naive baseline lands near the notes' 0.020 validation MSE", async ({ page }) => {
  test.setTimeout(180_000);
  await openLesson(page, '#/en/classical-models');
  await page.getByTestId('baseline-run').click();
  await expect(page.getByTestId('baseline-results')).toContainText(/0\.02\d/, { timeout: 120_000 });
});

test('an AR(1) coefficient beyond 1 is flagged as non-stationary', async ({ page }) => {
  await openLesson(page, '#/en/classical-models?arma.phi1=0.5');
  await expect(page.getByTestId('arma-status')).not.toContainText(/not stationary/i);
  await openLesson(page, '#/en/classical-models?arma.phi1=1.2');
  await expect(page.getByTestId('arma-status')).toContainText(/not stationary/i);
});

test("the shape lab gives Keras (None, 3) and PyTorch (8, 2, 3) for the notes' example", async ({
  page,
}) => {
  await openLesson(page, '#/en/unrolling-and-shapes');
  await expect(page.getByTestId('shapelab-keras-output')).toContainText('(None, 3)');
  await expect(page.getByTestId('shapelab-torch-output')).toContainText('(8, 2, 3)');
});

test('switching the sequence shape changes which outputs feed the loss', async ({ page }) => {
  await openLesson(page, '#/en/sequence-shapes');
  const loss = page.getByTestId('shape-loss');
  const manyToOne = await loss.innerText();
  await page.getByTestId('shape-syncedManyToMany').click();
  await expect(loss).not.toHaveText(manyToOne);
});

test('gradients vanish for a small recurrent scale and explode for a large one', async ({
  page,
}) => {
  await openLesson(page, '#/en/bptt?scale.rho=0.5');
  await expect(page.getByTestId('gradscale-live')).toContainText(/vanish/i);
  await openLesson(page, '#/en/bptt?scale.rho=1.9&scale.amp=0.0001');
  await expect(page.getByTestId('gradscale-live')).toContainText(/explod|grow/i);
});

test('swapping z for 1 − z with negated update weights gives the same GRU', async ({ page }) => {
  await openLesson(page, '#/en/gru');
  await expect(page.getByTestId('gru-diff')).toContainText(/same model/i);
  await page.getByTestId('gru-swap').uncheck();
  await expect(page.getByTestId('gru-diff')).toContainText(/different model/i);
});

test('SimpleRNN, LSTM and GRU are trained in turn and fill the comparison table', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await openLesson(page, '#/en/comparing-cells?compare.epochs=1&compare.backend=cpu');
  await page.getByTestId('compare-run').click();
  await expect(page.getByTestId('compare-status')).toContainText(/Done: 3/, { timeout: 280_000 });
  for (const cell of ['simpleRnn', 'lstm', 'gru']) {
    await expect(page.getByTestId(`compare-row-${cell}`)).toContainText(/\d+(\.\d+)?\s*%/);
  }
});
