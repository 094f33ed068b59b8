// End to end, by keyboard alone: the screen tabs are ARIA tabs (arrow keys, Home/End, one tab
// stop, a labelled tabpanel, the document title naming the screen); the receipt dialog keeps
// Tab inside itself with the page behind inert, Escape closes it and the focus returns to the
// unit's row; a stability run keeps the focus on a control; a spreadsheet preview takes the
// focus, is applied or cancelled from the keyboard, and hands the focus back to the import
// control; the focus ring stands out from
// the page at WCAG's 3:1.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { freshVisit, useBrowser } from './helpers.mjs';

const browser = useBrowser();

/** The test id of the focused element (or its tag when it has none). */
const focused = (page) =>
  page.evaluate(() => document.activeElement?.dataset?.testid ?? document.activeElement?.tagName);

test('the screen tabs follow the ARIA tabs pattern and the title names the screen', async () => {
  const { page } = browser;
  await freshVisit(page);
  await page.focus('[data-testid=tab-results]');
  await page.waitForFunction(() => document.title.startsWith('结果 · '));
  const order = ['results', 'people', 'data', 'plan', 'simulate', 'files'];
  for (const next of order.slice(1)) {
    await page.keyboard.press('ArrowRight');
    assert.equal(await focused(page), `tab-${next}`);
    // The tab is chosen and its screen shown (after the next render).
    await page.waitForSelector(`[data-testid=tab-${next}][aria-selected=true]`);
    await page.waitForSelector(`#screen-panel[role=tabpanel][data-screen=${next}]`);
  }
  await page.keyboard.press('ArrowRight'); // wraps round to the first
  assert.equal(await focused(page), 'tab-results');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await focused(page), 'tab-files');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(page), 'tab-people');
  await page.waitForFunction(() => document.title.startsWith('人员 · '));
  // One tab stop: only the chosen tab is in the Tab order, and the panel names it.
  const stops = await page.$$eval('[role=tablist][aria-label] > [role=tab]', (ts) =>
    ts.filter((t) => t.closest('nav')).map((t) => t.tabIndex),
  );
  assert.deepEqual(stops, [-1, 0, -1, -1, -1, -1]);
  const labelledBy = await page.getAttribute('#screen-panel', 'aria-labelledby');
  assert.equal(await page.getAttribute(`#${labelledBy}`, 'data-testid'), 'tab-people');
  assert.equal(await page.locator('nav.tabs').count(), 1, 'the tab bar is a <nav> landmark');
  // English titles too.
  await page.selectOption('[data-testid=language-select]', 'en');
  await page.waitForFunction(() => document.title.startsWith('People · '));
});

test('sub-view tabs move with the arrow keys too', async () => {
  const { page } = browser;
  await freshVisit(page);
  await page.click('[data-testid=tab-simulate]');
  await page.focus('[data-testid=sim-scenarios]');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(page), 'sim-self');
  await page.waitForSelector('[data-testid=self-unit]');
  await page.keyboard.press('End');
  assert.equal(await focused(page), 'sim-stability');
  await page.waitForSelector('[data-testid=stability-run]');
  await page.click('[data-testid=tab-data]');
  await page.focus('[data-testid=data-view-entry]');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await focused(page), 'data-view-people');
  await page.waitForSelector('[data-testid=data-view-people][aria-selected=true]');
});

test('the receipt traps the focus, leaves the page inert, and Escape returns to the row', async () => {
  const { page } = browser;
  await freshVisit(page);
  const row = page.locator('tr[data-unit] button.link').nth(2);
  const unit = await row.evaluate((b) => b.closest('tr').dataset.unit);
  await row.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=receipt]');
  const inside = () =>
    page.evaluate(() => document.querySelector('[data-testid=receipt]').contains(document.activeElement));
  await page.waitForFunction(() =>
    document.querySelector('[data-testid=receipt]').contains(document.activeElement),
  );
  // The page behind is inert: the header and the tabs.
  await page.waitForSelector('.app-header[inert]', { state: 'attached' });
  await page.waitForSelector('nav.tabs[inert]', { state: 'attached' });
  const seen = new Set();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    assert.ok(await inside(), `Tab ${i + 1} stays in the dialog`);
    seen.add(await page.evaluate(() => document.activeElement.outerHTML.slice(0, 80)));
  }
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Shift+Tab');
    assert.ok(await inside(), `Shift+Tab ${i + 1} stays in the dialog`);
  }
  assert.ok(seen.size >= 1);
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=receipt]', { state: 'detached' });
  await page.waitForFunction((u) => document.activeElement.closest('tr')?.dataset.unit === u, unit);
  assert.equal(await page.locator('[inert]').count(), 0, 'nothing is left inert');
});

test('a stability run started from the keyboard never drops the focus to the page', async () => {
  const { page } = browser;
  await freshVisit(page);
  await page.click('[data-testid=tab-simulate]');
  await page.click('[data-testid=sim-stability]');
  await page.fill('[data-testid=stability-samples]', '300');
  await page.focus('[data-testid=stability-run]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=stability-table]', { timeout: 30000 });
  await page.waitForFunction(
    () => !document.querySelector('[data-testid=stability-run]').disabled,
    null,
    { timeout: 30000 },
  );
  assert.equal(await focused(page), 'stability-run', 'the focus is back on Run');
});

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map((x) => Number(x) / 255);
    const f = (x) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(bl);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('a spreadsheet preview is applied and cancelled by keyboard, the focus kept', async () => {
  const { page } = browser;
  await freshVisit(page);
  await page.click('[data-testid=tab-files]');
  const csv = (v) => ({
    name: 'k.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\ufeff单位 [unit],考核期 [period],任务进度 [progress]\r\nbgs,2026final,${v}\r\n`),
  });
  for (const [value, button] of [['0.5', 'cancel-sheet'], ['0.4', 'apply-sheet']]) {
    await page.setInputFiles('[data-testid=import-sheet]', csv(value));
    await page.waitForSelector('[data-testid=sheet-changes]');
    await page.waitForFunction(() => document.activeElement?.id === 'sheet-preview-heading');
    for (let i = 0; i < 5 && (await focused(page)) !== button; i++) await page.keyboard.press('Tab');
    assert.equal(await focused(page), button, `${button} is reached by Tab`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=sheet-preview]', { state: 'detached' });
    assert.equal(await focused(page), 'import-sheet', `after ${button}, the focus is on the import control`);
  }
});

test('the focus ring has at least 3:1 contrast against the page', async () => {
  const { page } = browser;
  await freshVisit(page);
  await page.focus('[data-testid=tab-results]');
  await page.keyboard.press('ArrowRight'); // keyboard focus: :focus-visible applies
  const [ring, style, bg] = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return [s.outlineColor, s.outlineStyle, getComputedStyle(document.body).backgroundColor];
  });
  assert.notEqual(style, 'none');
  const ratio = contrast(ring, bg);
  assert.ok(ratio >= 3, `focus ring ${ring} on ${bg}: ${ratio.toFixed(2)}:1`);
});
