/**
 * The lessons' own live labs beyond TrainingLab: each trained briefly through the worker, checked
 * against what the notes say the run reaches.
 */
import { readFileSync } from 'node:fs';
import { test, expect, openLesson } from './fixtures';

test('hihello trains in seconds until it predicts "ihello"', async ({ page }) => {
  test.setTimeout(240_000);
  await openLesson(page, '#/en/character-models');
  const lab = page.getByTestId('charlab-hihello');
  await lab.scrollIntoViewIfNeeded();
  await lab.getByTestId('charlab-train').click();
  // Polls the status line with the prediction, so a failure shows where the run got to; like a
  // student watching it, it keeps the lab in view (the lab redraws slowly off screen).
  const prediction = lab.getByTestId('charlab-prediction');
  const reading = async () => {
    await lab.scrollIntoViewIfNeeded();
    const status = await lab.getByTestId('charlab-status').innerText();
    const predicted = (await prediction.count()) > 0 ? await prediction.innerText() : '(none yet)';
    return `${status} | ${predicted}`;
  };
  await expect.poll(reading, { timeout: 200_000 }).toMatch(/\| "ihello" ✓/);
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

/** A shipped checkpoint's saved figures, read from public/models the way the page fetches them. */
function saved(id: string): { result: { valMetric: number } } {
  return JSON.parse(readFileSync(`public/models/${id}/model.json`, 'utf8'));
}

/** The first number in a text (figures print as 0.00315, 0.750 or 3.15e-3). */
function numberIn(text: string): number {
  const m = text.match(/-?\d+(\.\d+)?(e-?\d+)?/i);
  return m ? Number(m[0]) : NaN;
}

test('a forecasting lab loads its pretrained checkpoint and shows its figure at once', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const figure = saved('ts-deep-rnn').result.valMetric;
  await openLesson(page, '#/en/forecasting');
  const lab = page.getByTestId('lab-deep');
  await lab.scrollIntoViewIfNeeded();
  await lab.getByTestId('lab-pretrained').press('Enter');
  await expect(lab.getByTestId('lab-pretrained-saved')).toContainText(figure.toPrecision(3));
  // The worker builds the model from the saved weights and measures it again on the same data.
  const measured = lab.getByTestId('lab-pretrained-measured');
  await expect(measured).toContainText(/\d/, { timeout: 200_000 });
  const again = numberIn((await measured.innerText()).split(':').slice(1).join(':'));
  expect(Math.abs(again - figure) / figure).toBeLessThan(0.02);
  await expect(lab.getByTestId('lab-result')).toContainText(figure.toPrecision(3));
  // Training continues from the checkpoint: the history goes on after its last epoch.
  await lab.getByTestId('lab-step-epoch').click();
  await expect(lab.getByTestId('lab-result')).not.toContainText(figure.toPrecision(3), {
    timeout: 200_000,
  });
});

test('the pretrained sentiment model tells a positive typed sentence from a negative one', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const figure = saved('sentiment-lstm').result.valMetric;
  await openLesson(page, '#/en/sentiment?compare.model=sentiment-lstm');
  const lab = page.getByTestId('sentimentlab-compare');
  await lab.scrollIntoViewIfNeeded();
  await lab.getByTestId('sentiment-pretrained').click();
  await expect(lab.getByTestId('sentiment-pretrained-saved')).toContainText(figure.toFixed(3));
  await expect(lab.getByTestId('sentiment-pretrained-measured')).toContainText(figure.toFixed(3), {
    timeout: 200_000,
  });
  const box = lab.getByTestId('sentiment-input');
  const typed = lab.getByTestId('sentiment-typed');
  const rate = async (sentence: string, label: RegExp) => {
    await box.fill(sentence);
    await expect(typed).toContainText(label, { timeout: 30_000 });
    await expect(typed).toContainText('pretrained');
    await expect(typed).not.toContainText('updating');
    return Number(await lab.getByTestId('sentiment-typed-verdict').getAttribute('data-p'));
  };
  // The same sentences the unit test rates with the engine itself.
  const good = await rate('A wonderful film, I loved it and the acting was great.', /→ positive/);
  const bad = await rate('A terrible film, boring and the worst acting I have seen.', /→ negative/);
  expect(good).toBeGreaterThan(bad);
});

test('the typed sentence is rated by the untrained model before any training', async ({ page }) => {
  test.setTimeout(180_000);
  await openLesson(page, '#/en/sentiment');
  const lab = page.getByTestId('sentimentlab-compare');
  await lab.scrollIntoViewIfNeeded();
  await lab.getByTestId('sentiment-input').fill('An ordinary film.');
  await expect(lab.getByTestId('sentiment-typed')).toContainText(/untrained/, {
    timeout: 150_000,
  });
  await expect(lab.getByTestId('sentiment-typed-verdict')).toContainText(/P\(positive\) = 0\.\d+/);
});

test('the Moby-Dick sampler loads its pretrained LSTM and samples from it', async ({ page }) => {
  test.setTimeout(240_000);
  const figure = saved('moby-dick-char').result.valMetric;
  await openLesson(page, '#/en/language-models');
  const lab = page.getByTestId('sampler-moby');
  await lab.scrollIntoViewIfNeeded();
  await lab.getByTestId('sampler-pretrained').click();
  await expect(lab.getByTestId('sampler-pretrained-saved')).toContainText(figure.toFixed(3));
  await expect(lab.getByTestId('sampler-pretrained-measured')).toContainText(figure.toFixed(3), {
    timeout: 200_000,
  });
  // The checkpoint is the registry's LSTM(128): loading it set the width in the link.
  await expect(page).toHaveURL(/moby\.units=128/);
  await expect(lab.getByTestId('sampler-sampled')).toContainText(/\S{5,}/);
});

test('the BPTT lesson trains SimpleRNN next to LSTM and reports the gradient per step', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openLesson(page, '#/en/bptt?live.backend=cpu&live.units=8');
  const lab = page.getByTestId('lab-live');
  await lab.scrollIntoViewIfNeeded();
  await lab.getByTestId('lab-step-batch').click();
  // Both models report how much the norm shrinks from t = 30 back to t = 1.
  const result = lab.getByTestId('lab-result');
  await expect(result).toContainText(/SimpleRNN: (from t = 30|the norm at t = 1)/, {
    timeout: 200_000,
  });
  await expect(result).toContainText(/LSTM: (from t = 30|the norm at t = 1)/);
  await expect(lab.locator('svg, canvas').first()).toBeVisible();
});
