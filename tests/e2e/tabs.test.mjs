// End to end: two tabs on the same workspace (two pages of one browser context share the
// origin's localStorage). An edit saved in one tab makes the other show that its copy is
// older; until the user chooses, that tab saves nothing over it. "Reload theirs" opens the
// other tab's version; "keep mine" saves this tab's version over it (and the first tab is
// told in turn). No edit is lost without a word.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APP_URL, freshVisit, useBrowser } from './helpers.mjs';

const browser = useBrowser();
const KEY = 'scorecard.workspace.v1';

/** Types `value` into the data grid's cell of `unit`'s `indicator` and leaves the field. */
async function setCell(page, unit, indicator, value) {
  await page.click('[data-testid=tab-data]');
  const cell = page.locator(`[data-testid="cell-${unit}-${indicator}"]`);
  await cell.waitFor();
  await cell.fill(value);
  await cell.press('Tab');
}

const cellValue = async (page, unit, indicator) => {
  await page.click('[data-testid=tab-data]');
  const cell = page.locator(`[data-testid="cell-${unit}-${indicator}"]`);
  await cell.waitFor();
  return cell.inputValue();
};

const stored = (page) => page.evaluate((k) => localStorage.getItem(k), KEY);

/** Waits until the stored workspace differs from `before` and returns it. */
async function storedChange(page, before) {
  await page.waitForFunction(([k, b]) => localStorage.getItem(k) !== b, [KEY, before]);
  return stored(page);
}

test('another tab\'s save is announced; reload theirs and keep mine do what they say', async () => {
  const { context, page: mine } = browser;
  await freshVisit(mine);
  const theirs = await context.newPage();
  await theirs.goto(APP_URL);
  await theirs.waitForSelector('[data-testid=results-table]');
  assert.equal(await mine.locator('[data-testid=other-tab-saved]').count(), 0);

  // "theirs" edits and saves; "mine" is told its copy is older.
  const start = await stored(mine);
  await setCell(theirs, 'zd1', 'progress', '0.50');
  const theirSave = await storedChange(theirs, start);
  await mine.waitForSelector('[data-testid=other-tab-saved]');
  assert.match(await mine.textContent('[data-testid=other-tab-saved]'), /另一个标签页/);
  assert.equal(await theirs.locator('[data-testid=other-tab-saved]').count(), 0, 'the saver is not warned');

  // An edit in "mine" meanwhile is kept on screen but not saved over theirs.
  await setCell(mine, 'zd2', 'progress', '0.70');
  await mine.waitForTimeout(300);
  assert.equal(await stored(mine), theirSave, 'no autosave over the other tab before a choice');
  assert.equal(await cellValue(mine, 'zd2', 'progress'), '0.70');

  // Keep mine: this tab's version (zd2 = 0.70, zd1 untouched) is saved over theirs …
  await mine.click('[data-testid=other-tab-keep]');
  await mine.waitForSelector('[data-testid=other-tab-saved]', { state: 'detached' });
  const mySave = await storedChange(mine, theirSave);
  const doc = JSON.parse(mySave);
  assert.ok(doc.plan, 'a whole workspace is saved');
  // … and the other tab is told in turn.
  await theirs.waitForSelector('[data-testid=other-tab-saved]');
  assert.equal(await cellValue(theirs, 'zd1', 'progress'), '0.50', 'its own copy is still on screen');

  // Reload theirs: the other tab opens the saved version, and saving it changes nothing.
  await theirs.click('[data-testid=other-tab-reload]');
  await theirs.waitForSelector('[data-testid=other-tab-saved]', { state: 'detached' });
  assert.equal(await cellValue(theirs, 'zd2', 'progress'), '0.70');
  assert.notEqual(await cellValue(theirs, 'zd1', 'progress'), '0.50');
  await theirs.waitForTimeout(300);
  assert.equal(await stored(theirs), mySave);
  assert.equal(await mine.locator('[data-testid=other-tab-saved]').count(), 0, 'nothing new to announce');

  // A third tab opens what was kept.
  const third = await context.newPage();
  await third.goto(APP_URL);
  await third.waitForSelector('[data-testid=tab-data]');
  assert.equal(await cellValue(third, 'zd2', 'progress'), '0.70');
  await third.close();
  await theirs.close();
});
