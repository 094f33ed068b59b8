// End to end: at 200 % zoom (1280 × 720 shows 640 × 360 CSS pixels) the Results and Data
// screens stay usable: the page does not scroll sideways into empty space (a wide table
// scrolls inside its own box), and the ranking and the Data grid show several rows, not
// one or two under their headers. In both languages (English headers are taller).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { freshVisit, useBrowser } from './helpers.mjs';

const browser = useBrowser({ viewport: { width: 640, height: 360 } });

/** How many rows of `rows` one can see once `box` is scrolled to the top of the window: rows
 *  whose middle is inside both the box and the window. */
const rowsShown = (page, box, rows) =>
  page.evaluate(
    ([box, rows]) => {
      const el = document.querySelector(box);
      el.scrollIntoView({ block: 'start' });
      const b = el.getBoundingClientRect();
      const top = Math.max(b.top, 0);
      const bottom = Math.min(b.bottom, window.innerHeight);
      return [...document.querySelectorAll(rows)].filter((r) => {
        const m = (r.getBoundingClientRect().top + r.getBoundingClientRect().bottom) / 2;
        return m > top && m < bottom;
      }).length;
    },
    [box, rows],
  );

for (const lang of ['zh-CN', 'en']) {
  test(`200 % zoom (${lang}): no sideways page scroll, and tables show their rows`, async () => {
    const { page } = browser;
    await freshVisit(page);
    await page.selectOption('[data-testid=language-select]', lang);
    for (const tab of ['results', 'data']) {
      await page.click(`[data-testid=tab-${tab}]`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 1, `${tab}: the page is ${overflow}px wider than the window`);
    }
    await page.click('[data-testid=tab-results]');
    const ranked = await rowsShown(page, '.table-wrap', '[data-testid=results-table] tbody tr[data-unit]');
    assert.ok(ranked >= 3, `the ranking shows ${ranked} rows in its box`);
    await page.click('[data-testid=tab-data]');
    await page.waitForSelector('[data-testid=data-grid] tbody tr');
    const grid = await rowsShown(page, '[data-testid=data-grid]', '[data-testid=data-grid] tbody tr');
    // Its rows are tall (reported and audited inputs, the score under them): two under the
    // header at the top, more as the page scrolls (before: one, in a box of 240 px).
    assert.ok(grid >= 2, `the Data grid shows ${grid} rows in its box`);
  });
}
