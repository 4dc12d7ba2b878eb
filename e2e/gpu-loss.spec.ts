/**
 * A lost GPU while a lab trains on WebGL: Chromium's GPU process is killed (DevTools'
 * Browser.crashGpuProcess, as a driver reset would), every WebGL context is lost, and training must
 * move to the next backend from its weights with a notice, keeping its place, never crashing the
 * page.
 */
import type { Locator } from '@playwright/test';
import { test, expect, openLesson } from './fixtures';
import { TRAINING_LABS } from './course';

const lab0 = TRAINING_LABS.find((l) => l.experiment === 'ts-ln-rnn') ?? TRAINING_LABS[0];

async function status(lab: Locator): Promise<{ batch: number; loss: number }> {
  const text = await lab.locator('.viz-toolbar[role="status"]').first().innerText();
  const batch = /batch\s+(\d+)/.exec(text);
  const loss = /loss\s+([\d.e−-]+)/i.exec(text);
  return {
    batch: batch ? Number(batch[1]) : NaN,
    loss: loss ? Number(loss[1].replace('−', '-')) : NaN,
  };
}

test('a crashed GPU process moves WebGL training to wasm with a notice', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  const { slug, id } = lab0;
  await openLesson(
    page,
    `#/en/${slug}?${id}.backend=webgl&${id}.cell=lstm&${id}.units=8&${id}.batch=512`,
  );
  const lab = page.getByTestId(`lab-${id}`);
  await lab.scrollIntoViewIfNeeded();
  for (let step = 1; step <= 2; step++) {
    await lab.getByTestId('lab-step-batch').click();
    await expect.poll(async () => (await status(lab)).batch, { timeout: 120_000 }).toBe(step);
  }
  await expect(lab.getByTestId('lab-backend')).toHaveText('webgl');
  // The GPU goes while a batch is training.
  await lab.getByTestId('lab-train').click();
  await expect
    .poll(async () => (await status(lab)).batch, { timeout: 120_000 })
    .toBeGreaterThanOrEqual(3);
  const before = await status(lab);

  const cdp = await context.browser()!.newBrowserCDPSession();
  await cdp.send('Browser.crashGpuProcess');

  await expect(lab.getByTestId('lab-backend')).toHaveText('wasm', { timeout: 60_000 });
  await expect(
    lab.getByText(
      'The webgl backend stopped working; training moved to wasm from the last weights.',
    ),
  ).toHaveCount(1);
  // The run kept its place (the batch in flight may have finished), paused, with its weights: the
  // next batches' loss follows on.
  await expect(lab.getByTestId('lab-train')).toBeVisible();
  const moved = (await status(lab)).batch;
  expect(moved).toBeGreaterThanOrEqual(before.batch);
  expect(moved).toBeLessThanOrEqual(before.batch + 1);
  await lab.getByTestId('lab-train').click();
  await expect.poll(async () => (await status(lab)).batch, { timeout: 60_000 }).toBeGreaterThan(5);
  await lab.getByTestId('lab-pause').click();
  const after = await status(lab);
  expect(Number.isFinite(after.loss)).toBe(true);
  expect(after.loss).toBeLessThan(before.loss * 1.5);
});
