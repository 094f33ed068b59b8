// End to end: a unit's calculation receipt adds up to its published score, for every unit of
// the demo's final period: indicator contributions to each dimension score, dimension
// contributions to the weighted score, and the ledger's final figure to the published score.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { freshVisit, screenshot, useBrowser } from './helpers.mjs';

const browser = useBrowser();

// Receipt figures are shown to 4 places ("≈" marks a rounded one).
const num = (t) => Number(String(t).replace(/[≈\s,]/g, ''));

test('every receipt of the final period adds up to the unit\'s published score', async () => {
  const { page } = browser;
  await freshVisit(page);
  const units = await page.$$eval('tr[data-unit]', (rs) => rs.map((r) => r.dataset.unit));
  assert.ok(units.length >= 18);
  for (const unit of units) {
    const tableScore = (await page.textContent(`tr[data-unit="${unit}"] [data-field=score]`)).trim();
    await page.click(`tr[data-unit="${unit}"] button.link`);
    const receipt = page.locator('[data-testid=receipt]');
    await receipt.waitFor();
    assert.equal((await receipt.locator('[data-testid=receipt-score]').textContent()).trim(), tableScore, unit);

    // Each dimension: Σ indicator contributions = the dimension score.
    const dims = await receipt.locator('table.indicators').evaluateAll((tables) =>
      tables.map((t) => ({
        parts: [...t.querySelectorAll('tr[data-indicator] [data-field=contribution]')].map((c) => c.textContent),
        total: t.querySelector('[data-field=dimension-score]')?.textContent ?? null,
      })),
    );
    assert.ok(dims.length >= 4, `${unit}: one table per dimension`);
    for (const d of dims) {
      if (d.total === null || d.parts.length === 0) continue;
      const sum = d.parts.filter((p) => /\d/.test(p)).reduce((a, p) => a + num(p), 0);
      assert.ok(Math.abs(sum - num(d.total)) <= 0.0005 * (d.parts.length + 1), `${unit}: ${sum} vs ${d.total}`);
    }
    // Σ dimension contributions = the weighted score B.
    const dimParts = await receipt
      .locator('tr[data-dimension] [data-field=contribution]')
      .evaluateAll((cs) => cs.map((c) => c.textContent).filter((t) => /\d/.test(t)));
    const weighted = num(await receipt.locator('[data-field=weighted]').first().textContent());
    assert.ok(dimParts.length >= 4, `${unit}: one contribution per dimension`);
    const sumDims = dimParts.reduce((a, p) => a + num(p), 0);
    assert.ok(Math.abs(sumDims - weighted) <= 0.0005 * (dimParts.length + 1), `${unit}: Σ dims ${sumDims} vs B ${weighted}`);
    // The ledger's final figure F publishes as the score S (to 2 places, half away from zero).
    const final = num(await receipt.locator('[data-testid=receipt-ledger] [data-field=final]').textContent());
    assert.ok(Math.abs(final - Number(tableScore)) <= 0.005 + 1e-9, `${unit}: F ${final} vs S ${tableScore}`);
    const rounding = await receipt.locator('[data-testid=receipt-rounding]').first().textContent();
    assert.ok(rounding.includes(tableScore), `${unit}: the rounding line names ${tableScore}: ${rounding}`);
    if (unit === units[0]) await screenshot(page, 'receipt-zh');
    await page.keyboard.press('Escape');
    await receipt.waitFor({ state: 'detached' });
  }
});
