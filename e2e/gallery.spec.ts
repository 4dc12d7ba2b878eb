import { test, expect, open } from './fixtures';

const SECTIONS = [
  'unrolled',
  'cell',
  'walkthrough',
  'heatmap',
  'gradients',
  'dashboard',
  'forecast',
  'characters',
  'shapes',
  'toys',
];

for (const lang of ['en', 'ko']) {
  test(`the gallery shows every drawing with its table alternative (${lang})`, async ({ page }) => {
    await open(page, `#/${lang}/gallery`);
    for (const id of SECTIONS) {
      const section = page.locator(`[data-gallery="${id}"]`);
      await expect(section, id).toBeVisible();
      await expect(section.locator('svg, canvas').first(), id).toBeVisible();
    }
    // Every "show as table" toggle reveals a real table with numbers.
    const label = lang === 'en' ? 'Show as table' : '표로 보기';
    const toggles = page.getByRole('button', { name: label });
    const count = await toggles.count();
    expect(count).toBeGreaterThanOrEqual(8);
    for (let i = 0; i < count; i++) await toggles.nth(0).click({ noWaitAfter: true });
    const tables = page.locator('[data-gallery] table');
    expect(await tables.count()).toBeGreaterThanOrEqual(count);
    await expect(tables.first().locator('td').first()).toHaveText(/\S/);
  });
}

test('hovering a formula symbol highlights its gate, and the other way round', async ({ page }) => {
  await open(page, '#/en/gallery');
  const cell = page.locator('[data-gallery="cell"]');
  await cell.locator('[data-sym="f"]').first().hover();
  const gate = cell.locator('svg [role="button"][aria-pressed="true"]');
  await expect(gate.first()).toBeVisible();
  await expect(gate.first()).toHaveAttribute('aria-label', /forget/i);
  // Focusing the output gate in the drawing marks o in the formula.
  await page.mouse.move(0, 0);
  const output = cell.locator('svg [role="button"][aria-label^="Output"]').first();
  await output.focus();
  await expect(cell.locator('[data-sym="o"][aria-pressed="true"]').first()).toBeVisible();
});

test("the shape calculator gives the notes' 42 parameters for SimpleRNN(3) on (2, 10)", async ({
  page,
}) => {
  await open(page, '#/en/gallery');
  const shapes = page.locator('[data-gallery="shapes"]');
  await expect(shapes).toContainText('42');
});

test('a heatmap paints every cell as a flat block of its own colour', async ({ page }) => {
  await open(page, '#/en/gallery');
  const heat = page.locator('[data-gallery="heatmap"]');
  const grid = heat.locator('svg rect[role="application"]').first();
  await expect(grid).toBeVisible();
  // The pixels of one line through the middle of the grid, read back from the canvas under it.
  const line = await grid.evaluate((rect) => {
    const canvas = rect.closest('.viz-canvas-stack')?.querySelector('canvas');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return null;
    const c = canvas.getBoundingClientRect();
    const g = rect.getBoundingClientRect();
    const sx = canvas.width / c.width;
    const y = Math.round((g.top + g.height / 2 - c.top) * sx);
    const x0 = Math.round((g.left - c.left) * sx) + 2;
    const x1 = Math.round((g.right - c.left) * sx) - 2;
    const data = ctx.getImageData(x0, y, x1 - x0, 1).data;
    const out: string[] = [];
    for (let i = 0; i < data.length; i += 4)
      out.push(`${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`);
    return out;
  });
  expect(line).not.toBeNull();
  const pixels = line ?? [];
  // Painted everywhere (no transparent hole), several cells of different colours...
  expect(pixels.filter((p) => p.endsWith(',0'))).toEqual([]);
  const runs: number[] = [];
  for (const [i, p] of pixels.entries()) {
    if (i > 0 && p === pixels[i - 1]) runs[runs.length - 1] += 1;
    else runs.push(1);
  }
  expect(runs.length).toBeGreaterThanOrEqual(3);
  // ...each a solid block: scaling the one-pixel-per-cell bitmap smoothly would blend neighbours
  // into ramps of one-pixel runs.
  const sorted = [...runs].sort((a, b) => a - b);
  expect(sorted[Math.floor(sorted.length / 2)]).toBeGreaterThanOrEqual(4);
});
