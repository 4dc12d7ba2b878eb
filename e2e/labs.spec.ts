/**
 * Every live TrainingLab of the course: press train, see the loss fall and the charts update,
 * pause, step one batch, reset. Training is kept short (a few seconds on the cpu or wasm backend);
 * a separate test per cell type proves the WebGL backend trains in the worker.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, openLesson } from './fixtures';
import { TRAINING_LABS } from './course';

async function lossOf(lab: Locator): Promise<number> {
  const text = await lab.locator('.viz-toolbar').first().innerText();
  const m = /Loss\s+([-\d.e+]+)/.exec(text);
  return m ? Number(m[1]) : NaN;
}

async function batchOf(lab: Locator): Promise<number> {
  const text = await lab.locator('.viz-toolbar').first().innerText();
  const m = /batch\s+(\d+)/.exec(text);
  return m ? Number(m[1]) : NaN;
}

async function openLab(page: Page, slug: string, id: string, query: string) {
  await openLesson(page, `#/en/${slug}?${query}`);
  const lab = page.getByTestId(`lab-${id}`);
  await lab.scrollIntoViewIfNeeded();
  return lab;
}

for (const { slug, id, experiment } of TRAINING_LABS) {
  test(`lab ${slug}/${id} (${experiment}): train, loss falls, pause, step, reset`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const lab = await openLab(page, slug, id, `${id}.backend=cpu&${id}.epochs=50`);
    await lab.getByTestId('lab-step-batch').click();
    await expect(lab.getByTestId('lab-params')).toBeVisible({ timeout: 90_000 });
    await expect(lab.locator('.viz-toolbar')).toContainText('Loss', { timeout: 60_000 });
    const first = await lossOf(lab);
    expect(first).toBeGreaterThan(0);

    await lab.getByTestId('lab-train').click();
    await expect(lab.getByTestId('lab-pause')).toBeVisible();
    await expect.poll(() => batchOf(lab), { timeout: 60_000 }).toBeGreaterThan(12);
    await lab.getByTestId('lab-pause').click();
    await expect(lab.getByTestId('lab-train')).toBeVisible({ timeout: 30_000 });
    const later = await lossOf(lab);
    expect(later).toBeLessThan(first);
    // The charts drew the curve.
    await expect(lab.locator('canvas, svg path').first()).toBeVisible();

    const before = await batchOf(lab);
    await lab.getByTestId('lab-step-batch').click();
    await expect.poll(() => batchOf(lab)).toBe(before + 1);

    await lab.getByTestId('lab-reset').click();
    await expect.poll(() => batchOf(lab)).toBe(0);
  });
}

const WEBGL_CELLS = ['simpleRnn', 'lstm', 'gru'] as const;
const webglLab = TRAINING_LABS.find((l) => l.experiment === 'ts-ln-rnn') ?? TRAINING_LABS[0];

for (const cell of WEBGL_CELLS) {
  test(`${cell} trains on the WebGL backend in the worker`, async ({ page }) => {
    test.skip(!webglLab, 'no live lab in the course');
    test.setTimeout(180_000);
    const { slug, id } = webglLab;
    const lab = await openLab(
      page,
      slug,
      id,
      `${id}.backend=webgl&${id}.cell=${cell}&${id}.units=8`,
    );
    await lab.getByTestId('lab-step-batch').click();
    await expect(lab.getByTestId('lab-backend')).toHaveText('webgl', { timeout: 120_000 });
    await expect(lab.locator('.viz-toolbar')).toContainText('Loss', { timeout: 60_000 });
    await lab.getByTestId('lab-step-batch').click();
    await expect.poll(() => batchOf(lab), { timeout: 60_000 }).toBe(2);
    expect(await lossOf(lab)).toBeGreaterThan(0);
  });
}
