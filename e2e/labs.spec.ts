/**
 * Every live TrainingLab of the course: press train, see the loss fall and the charts update,
 * pause, step one batch, reset. Training is kept short (a few seconds on the cpu or wasm backend);
 * a separate test per cell type proves the WebGL backend trains in the worker.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, openLesson } from './fixtures';
import { TRAINING_LABS } from './course';

async function batchOf(lab: Locator): Promise<number> {
  const text = await lab.locator('.viz-toolbar[role="status"]').first().innerText();
  const m = /batch\s+(\d+)/.exec(text);
  return m ? Number(m[1]) : NaN;
}

async function openLab(page: Page, slug: string, id: string, query: string) {
  await openLesson(page, `#/en/${slug}?${query}`);
  const lab = page.getByTestId(`lab-${id}`);
  await lab.scrollIntoViewIfNeeded();
  return lab;
}

/** Train losses of the dashboard's history, read from its table view. */
async function historyLosses(lab: Locator): Promise<number[]> {
  const dashboard = lab.locator('figure.viz-figure', { hasText: 'Training and validation loss' });
  await dashboard.getByRole('button', { name: 'Show as table' }).first().click();
  const cells = await dashboard.locator('table tbody tr td:nth-child(3)').allInnerTexts();
  await dashboard.getByRole('button', { name: 'Show as chart' }).first().click();
  return cells.map(Number).filter((v) => Number.isFinite(v));
}

for (const { slug, id, experiment } of TRAINING_LABS) {
  test(`lab ${slug}/${id} (${experiment}): train, loss falls, pause, step, reset`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const lab = await openLab(page, slug, id, `${id}.backend=cpu&${id}.batch=16&${id}.epochs=50`);
    await lab.getByTestId('lab-step-batch').click();
    await expect(lab.getByTestId('lab-params')).toBeVisible({ timeout: 120_000 });
    await expect.poll(() => batchOf(lab), { timeout: 60_000 }).toBe(1);

    await lab.getByTestId('lab-train').click();
    await expect(lab.getByTestId('lab-pause')).toBeVisible();
    await expect.poll(() => batchOf(lab), { timeout: 120_000 }).toBeGreaterThan(40);
    await lab.getByTestId('lab-pause').click();
    await expect(lab.getByTestId('lab-train')).toBeVisible({ timeout: 30_000 });
    // The curve was drawn, and the loss fell from the first recorded point to the last.
    await expect(lab.locator('canvas').first()).toBeVisible();
    const losses = await historyLosses(lab);
    expect(losses.length).toBeGreaterThan(1);
    expect(losses[losses.length - 1]).toBeLessThan(losses[0]);

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
    await expect.poll(() => batchOf(lab), { timeout: 60_000 }).toBe(1);
    await lab.getByTestId('lab-step-batch').click();
    await expect.poll(() => batchOf(lab), { timeout: 60_000 }).toBe(2);
  });
}

test('on WebGL the network runs as tfjs kernels and matches the hand-written passes on cpu', async ({
  page,
}) => {
  // Same seed, data and batches: the GPU path (float32 tfjs kernels) and the cpu path (float64
  // JavaScript) must report the same losses for the first batches, to the digits shown. At batch
  // 512 an epoch has 14 batches, so the dashboard records every batch.
  test.skip(!webglLab, 'no live lab in the course');
  test.setTimeout(240_000);
  const { slug, id } = webglLab;
  const losses: Record<string, number[]> = {};
  for (const backend of ['cpu', 'webgl']) {
    const lab = await openLab(
      page,
      slug,
      id,
      `${id}.backend=${backend}&${id}.cell=lstm&${id}.units=8&${id}.batch=512`,
    );
    const status = lab.locator('.viz-toolbar[role="status"]').first();
    losses[backend] = [];
    for (let step = 1; step <= 3; step++) {
      await lab.getByTestId('lab-step-batch').click();
      await expect.poll(() => batchOf(lab), { timeout: 120_000 }).toBe(step);
      await expect(lab.getByTestId('lab-backend')).toHaveText(backend);
      await expect(lab.getByTestId('lab-compute')).toHaveCount(backend === 'webgl' ? 1 : 0);
      const m = /loss\s+([\d.e−-]+)/i.exec(await status.innerText());
      losses[backend].push(Number((m?.[1] ?? 'NaN').replace('−', '-')));
    }
  }
  expect(losses.cpu.every((l) => Number.isFinite(l) && l > 0)).toBe(true);
  losses.webgl.forEach((l, i) =>
    expect(Math.abs(l - losses.cpu[i]) / losses.cpu[i]).toBeLessThan(0.01),
  );
});

test('auto times a step of the lab model on every backend and keeps the fastest', async ({
  page,
}) => {
  test.skip(!webglLab, 'no live lab in the course');
  test.setTimeout(240_000);
  const { slug, id } = webglLab;
  const lab = await openLab(page, slug, id, `${id}.backend=auto&${id}.cell=gru&${id}.units=8`);
  await lab.getByTestId('lab-step-batch').click();
  const notice = lab.getByText(/Timed a training step of this model on each backend/);
  await expect(notice).toBeVisible({ timeout: 180_000 });
  const text = await notice.innerText();
  const timings = Object.fromEntries(
    [...text.matchAll(/(webgl|wasm|cpu) ([\d,.]+) ms/g)].map((m) => [
      m[1],
      Number(m[2].replace(/,/g, '')),
    ]),
  );
  expect(Object.keys(timings).sort()).toEqual(['cpu', 'wasm', 'webgl']);
  const chosen = /chose (webgl|wasm|cpu)/.exec(text)?.[1] ?? '';
  expect(timings[chosen]).toBe(Math.min(...Object.values(timings)));
  await expect(lab.getByTestId('lab-backend')).toHaveText(chosen);
});

test('a lab scrolled out of view trains on but redraws about once a second, and catches up in view', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const lab = await openLab(
    page,
    'forecasting',
    'deep',
    'deep.backend=wasm&deep.batch=16&deep.epochs=50',
  );
  await lab.getByTestId('lab-train').click();
  await expect.poll(() => batchOf(lab), { timeout: 120_000 }).toBeGreaterThan(5);
  const status = lab.locator('.viz-toolbar[role="status"]').first();
  /** How many times the lab's progress line changed over `ms`. */
  const changesOver = (ms: number) =>
    status.evaluate(
      (el, wait) =>
        new Promise<number>((done) => {
          let n = 0;
          let last = el.textContent;
          const mo = new MutationObserver(() => {
            if (el.textContent !== last) {
              last = el.textContent;
              n += 1;
            }
          });
          mo.observe(el, { subtree: true, childList: true, characterData: true });
          setTimeout(() => {
            mo.disconnect();
            done(n);
          }, wait);
        }),
      ms,
    );
  // In view it redraws several times a second (ten, on a quiet machine). A loaded machine can
  // slow any one window, so the rate is polled: it only has to show within a few tries.
  const fullRate = () =>
    expect.poll(() => changesOver(1500), { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
  await fullRate();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(lab).not.toBeInViewport();
  /** Batches trained so far, from "Epoch E: batch B of N". */
  const progress = async () => {
    const m = /Epoch\s+(\d+): batch\s+(\d+) of (\d+)/.exec(await status.innerText());
    return m ? (Number(m[1]) - 1) * Number(m[3]) + Number(m[2]) : NaN;
  };
  const shownAway = await progress();
  const away = await changesOver(3000);
  // Out of view: still moving, at most once a second.
  expect(away).toBeGreaterThanOrEqual(1);
  expect(away).toBeLessThanOrEqual(4);
  // Back in view, it shows training that went on meanwhile, and moves at the full rate again.
  await lab.scrollIntoViewIfNeeded();
  await expect.poll(progress, { timeout: 5000 }).toBeGreaterThan(shownAway);
  await fullRate();
  await lab.getByTestId('lab-pause').click();
});

test('the page does not jump when a lab’s first epoch ends and its result line fills in', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const lab = await openLab(page, 'forecasting', 'deep', 'deep.backend=wasm&deep.epochs=3');
  await lab.getByTestId('lab-train').click();
  await expect(lab.getByTestId('lab-result-pending')).toBeVisible();
  await expect.poll(() => batchOf(lab), { timeout: 120_000 }).toBeGreaterThan(5);
  // From here on the browser's Layout Instability API records every shift of visible content.
  await page.evaluate(() => {
    const w = window as unknown as { __shifts: number[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__shifts.push((e as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift' });
  });
  await expect(lab.getByTestId('lab-result')).toBeVisible({ timeout: 120_000 });
  await expect(lab.getByTestId('lab-result-pending')).toHaveCount(0);
  // One more frame, so a shift caused by the result line has been reported.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
  expect(shifts).toEqual([]);
  await lab.getByTestId('lab-pause').click();
});
