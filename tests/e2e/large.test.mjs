// End to end: a long ranking (300 generated units) renders the rows near the view, with
// spacers for the rest; what the user sees is always rows, never a gap; every unit can be
// found by name; and a print (the button or the browser's own command) has every row.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, freshVisit, screenshot, useBrowser } from './helpers.mjs';

const browser = useBrowser();
const UNITS = 300;
const TABLE = '[data-testid=results-table]';

/** The rendered data rows: their aria-rowindex, in order. */
const rendered = (page) =>
  page.$$eval(`${TABLE} tbody tr[data-unit]`, (rs) => rs.map((r) => Number(r.getAttribute('aria-rowindex'))));

/** What the middle and the foot of the table's scroll box show: a unit's row, or not. */
const seen = (page) =>
  page.evaluate((sel) => {
    const wrap = document.querySelector(sel).closest('.table-wrap');
    const r = wrap.getBoundingClientRect();
    const at = (y) => document.elementFromPoint(r.left + 40, y)?.closest('tr')?.dataset.unit ?? null;
    return [at(r.top + r.height / 2), at(Math.min(r.bottom, innerHeight) - 8)];
  }, TABLE);

const scrollTo = async (page, where) => {
  await page.evaluate(
    ([sel, where]) => {
      const wrap = document.querySelector(sel).closest('.table-wrap');
      wrap.scrollTop = where === 'end' ? wrap.scrollHeight : wrap.scrollHeight * where;
    },
    [TABLE, where],
  );
  // The window follows the scroll on the next render.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
};

test('a long ranking renders the rows in view, and every row when printed', async () => {
  const { page } = browser;
  await freshVisit(page);
  const text = execFileSync('python3', [join(ROOT, 'scripts/bench/gen_large.py'), String(UNITS), '1'], { maxBuffer: 1 << 28 });
  await page.click('[data-testid=tab-files]');
  await page.setInputFiles('[data-testid=import-workspace]', { name: 'large.json', mimeType: 'application/json', buffer: text });
  await page.click('[data-testid=tab-results]');
  await page.waitForSelector(`${TABLE}[aria-rowcount="${UNITS + 1}"] tbody tr[data-unit]`);

  // At the top: the first rows, in order, and far fewer than all of them.
  let rows = await rendered(page);
  assert.equal(rows[0], 2, 'the first rendered row follows the header');
  assert.ok(rows.length >= 20 && rows.length < UNITS / 2, `${rows.length} rows rendered`);
  assert.deepEqual(rows, rows.map((_, i) => rows[0] + i), 'rendered rows are consecutive');
  assert.deepEqual((await seen(page)).map(Boolean), [true, true], 'the view shows rows');

  // The middle and the end: other rows, and still no gap where the user looks.
  await scrollTo(page, 0.5);
  rows = await rendered(page);
  assert.ok(rows[0] > 2 && rows.at(-1) < UNITS + 1, `middle: rows ${rows[0]}..${rows.at(-1)}`);
  assert.deepEqual((await seen(page)).map(Boolean), [true, true], 'the middle shows rows');
  await scrollTo(page, 'end');
  rows = await rendered(page);
  assert.equal(rows.at(-1), UNITS + 1, 'the last row is rendered at the end');
  assert.deepEqual((await seen(page)).map(Boolean), [true, true], 'the end shows rows');
  await screenshot(page, 'results-large-end');

  // The browser's own find cannot reach rows not rendered: the search box does.
  await scrollTo(page, 0);
  const far = await page.evaluate(() => {
    const ws = JSON.parse(localStorage.getItem('scorecard.workspace.v1'));
    return ws.units.at(-1);
  });
  await page.fill('[data-testid=filter-text]', far.name);
  await page.waitForFunction(
    ([sel, id]) => document.querySelectorAll(`${sel} tbody tr[data-unit]`).length <= 2 && document.querySelector(`${sel} tr[data-unit="${id}"]`),
    [TABLE, far.id],
  );
  await page.fill('[data-testid=filter-text]', far.id.toUpperCase());
  await page.waitForSelector(`${TABLE}[aria-rowcount="2"] tr[data-unit="${far.id}"]`);
  await page.fill('[data-testid=filter-text]', '');
  await page.waitForSelector(`${TABLE}[aria-rowcount="${UNITS + 1}"]`);

  // The browser's print command: every row while it prints, the window again after.
  assert.equal(await page.$(`${TABLE}[data-rows-whole]`), null, 'a windowed table is not marked whole');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForSelector(`${TABLE}[data-rows-whole]`);
  assert.equal((await rendered(page)).length, UNITS);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible(TABLE), true, 'a whole table prints');
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.waitForFunction((sel) => !document.querySelector(`${sel}[data-rows-whole]`), TABLE);
  assert.ok((await rendered(page)).length < UNITS / 2);
  // Printed before the rows are all there: the page says so instead of printing a part.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible(TABLE), false, 'a part of the ranking is not printed');
  assert.equal(await page.isVisible('.rows-incomplete'), true);
  await page.emulateMedia({ media: 'screen' });

  // The print button prints once every row is on the page.
  await page.evaluate(() => {
    window.print = () => {
      window.__printed = document.querySelectorAll('[data-testid=results-table] tbody tr[data-unit]').length;
    };
  });
  await page.click('[data-testid=print]');
  await page.waitForFunction(() => window.__printed !== undefined);
  assert.equal(await page.evaluate(() => window.__printed), UNITS);
  await page.waitForFunction((sel) => !document.querySelector(`${sel}[data-rows-whole]`), TABLE);
});
