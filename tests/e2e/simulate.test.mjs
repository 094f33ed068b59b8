// End to end, the simulation tools' main paths on the demo: a self-assessment sandbox that
// predicts without touching the workspace, goal seek, an appeal recorded and upheld (the
// published figures change), and a rank-stability run with its progress and probabilities.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { freshVisit, savedWorkspace, score, screenshot, useBrowser } from './helpers.mjs';

const browser = useBrowser();

async function openSim(page, part) {
  await page.click('[data-testid=tab-simulate]');
  await page.click(`[data-testid=sim-${part}]`);
}

test('self-assessment predicts without changing the workspace; goal seek answers', async () => {
  const { page } = browser;
  await freshVisit(page);
  const published = await score(page, 'zd4');
  await openSim(page, 'self');
  await page.selectOption('[data-testid=self-unit]', 'zd4');
  const rankBefore = (await page.textContent('[data-testid=published-rank]')).trim();
  // Full marks on the directly scored risk plan can only help.
  const plans = page.locator('[data-testid=sandbox-table] [data-path="values.plans"]');
  await plans.fill('100');
  await plans.press('Tab');
  await page.waitForFunction(() => document.querySelector('[data-testid=self-edits]') !== null);
  const predictedRank = Number((await page.textContent('[data-testid=predicted-rank]')).trim());
  assert.ok(predictedRank <= Number(rankBefore), `${predictedRank} ≤ ${rankBefore}`);
  await screenshot(page, 'sim-self-zh');
  // The workspace is untouched until "apply".
  await page.click('[data-testid=tab-results]');
  assert.equal(await score(page, 'zd4'), published);

  // Goal seek: the least value of an indicator that reaches the pass line (or why not).
  await openSim(page, 'self');
  await page.selectOption('[data-testid=self-unit]', 'zd4');
  await page.selectOption('[data-testid=goal-target]', '0');
  await page.click('[data-testid=goal-run]');
  await page.waitForSelector('[data-testid=goal-result], [data-testid=goal-unreachable]', { timeout: 20000 });
  const answer = await page.textContent('[data-testid=goal-result], [data-testid=goal-unreachable]');
  assert.ok(answer.trim().length > 0);
});

test('an appeal is recorded, previewed for the whole cohort, upheld, and changes the results', async () => {
  const { page } = browser;
  await freshVisit(page);
  const before = await score(page, 'zd3');
  await openSim(page, 'appeals');
  await page.selectOption('[data-testid=appeal-unit]', 'zd3');
  await page.selectOption('[data-testid=appeal-input]', 'values.quality.audited');
  await page.fill('[data-testid=appeal-requested]', '0.99');
  await page.fill('[data-testid=appeal-reason]', '审计口径有误,复核材料附后');
  await page.click('[data-testid=appeal-record]');
  await page.waitForSelector('[data-testid=appeals-table]');
  await page.waitForSelector('[data-testid=appeal-diff]');
  const rows = await page.locator('[data-testid=appeal-diff] tbody tr').count();
  assert.ok(rows >= 18, `the preview covers the whole cohort (${rows} rows)`);
  await screenshot(page, 'sim-appeal-zh');
  const uphold = page.locator('[data-testid^=appeal-uphold-]').first();
  await uphold.click();
  await page.click('[data-testid=tab-results]');
  await page.waitForFunction(
    ([u, b]) => document.querySelector(`tr[data-unit="${u}"] [data-field=score]`)?.textContent.trim() !== b,
    ['zd3', before],
  );
  assert.ok(Number(await score(page, 'zd3')) > Number(before), 'a higher audited quality raises the score');
  // The appeal stays in the workspace with its outcome.
  const stored = (await savedWorkspace(page)).appeals;
  assert.equal(stored.length, 1);
  assert.equal(stored[0].status, 'upheld');
  assert.equal(stored[0].unit, 'zd3');
});

test('rank stability runs with progress and gives per-unit grade probabilities', async () => {
  const { page } = browser;
  await freshVisit(page);
  await openSim(page, 'stability');
  await page.fill('[data-testid=stability-samples]', '2000');
  await page.click('[data-testid=stability-run]');
  await page.waitForSelector('[data-testid=stability-table]', { timeout: 30000 });
  await page.waitForFunction(
    () => document.querySelector('[data-testid=stability-progress]')?.getAttribute('aria-valuenow') === '2000',
    null,
    { timeout: 30000 },
  );
  const rows = await page.$$eval('[data-testid=stability-table] tbody tr', (rs) =>
    rs.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent.trim())),
  );
  assert.ok(rows.length >= 18);
  // Each row's four grade percentages sum to 100%.
  for (const cells of rows) {
    const pcts = cells.filter((c) => /^\d+(\.\d+)?%$/.test(c)).slice(0, 4).map((c) => Number(c.slice(0, -1)));
    assert.equal(pcts.length, 4, cells.join(' | '));
    assert.ok(Math.abs(pcts.reduce((a, b) => a + b, 0) - 100) < 1e-6, cells.join(' | '));
  }
  await page.waitForSelector('[data-testid=stability-heatmap]');
  await screenshot(page, 'sim-stability-zh');
});
