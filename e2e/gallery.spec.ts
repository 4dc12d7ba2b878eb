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
