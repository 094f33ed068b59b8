// End to end, the simulation tools' main paths on the demo: a self-assessment sandbox that
// predicts without touching the workspace, goal seek, an appeal recorded and upheld (the
// published figures change), and a rank-stability run with its progress and probabilities.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, freshVisit, savedWorkspace, score, screenshot, useBrowser } from './helpers.mjs';

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
  // The heatmap draws its rows a batch per task (16 rows each): once whole, every unit has its row, each
  // row spans the rank columns, and each rank's cell stands in its own column.
  await page.waitForSelector('[data-testid=stability-heatmap][aria-busy=false]');
  const heat = await page.$$eval('[data-testid=stability-heatmap] tbody tr', (rs) =>
    rs.map((r) => {
      let column = 0;
      const misplaced = [];
      for (const td of r.querySelectorAll('td')) {
        if (td.dataset.rank && Number(td.dataset.rank) !== column + 1) misplaced.push(td.dataset.rank);
        column += td.colSpan;
      }
      return { unit: r.dataset.unit, column, misplaced, now: r.querySelectorAll('td.now').length };
    }),
  );
  const columns = await page.$$eval('[data-testid=stability-heatmap] th.rank-h', (hs) => hs.length);
  assert.equal(heat.length, rows.length);
  assert.equal(columns, rows.length);
  for (const h of heat) assert.deepEqual([h.column, h.misplaced, h.now], [columns, [], 1], h.unit);
  await screenshot(page, 'sim-stability-zh');
});

test('the heatmap of a large set is drawn a batch of rows at a time, and ends whole and aligned', async () => {
  const { page } = browser;
  await freshVisit(page);
  // 130 generated units (the benchmarks' generator), one period: several batches of rows.
  const text = execFileSync('python3', [join(ROOT, 'scripts/bench/gen_large.py'), '130', '1'], { maxBuffer: 1 << 28 });
  await page.click('[data-testid=tab-files]');
  await page.setInputFiles('[data-testid=import-workspace]', { name: 'large.json', mimeType: 'application/json', buffer: text });
  await page.click('[data-testid=tab-results]');
  await page.waitForSelector('[data-testid=results-table][aria-rowcount="131"] tbody tr[data-unit]');
  await openSim(page, 'stability');
  await page.fill('[data-testid=stability-samples]', '400');
  // Every row count the heatmap's body goes through, from the first batch to the last.
  await page.evaluate(() => {
    window.__heatRows = [];
    new MutationObserver(() => {
      const n = document.querySelectorAll('[data-testid=stability-heatmap] tbody tr').length;
      if (n && window.__heatRows.at(-1) !== n) window.__heatRows.push(n);
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.click('[data-testid=stability-run]');
  await page.waitForSelector('[data-testid=stability-heatmap][aria-busy=false]', { timeout: 60000 });
  const steps = await page.evaluate(() => window.__heatRows);
  assert.ok(steps.length > 1, `drawn in batches: ${steps}`);
  assert.deepEqual([...steps].sort((a, b) => a - b), steps, 'rows are only added');
  assert.equal(steps.at(-1), 130);
  const bad = await page.$$eval('[data-testid=stability-heatmap] tbody tr', (rs) =>
    rs.flatMap((r) => {
      let column = 0;
      for (const td of r.querySelectorAll('td')) {
        if (td.dataset.rank && Number(td.dataset.rank) !== column + 1) return [`${r.dataset.unit}: rank ${td.dataset.rank} in column ${column + 1}`];
        column += td.colSpan;
      }
      return column === 130 ? [] : [`${r.dataset.unit}: ${column} columns`];
    }),
  );
  assert.deepEqual(bad, []);
  // A band is narrower than the whole table: far fewer cells than units × ranks.
  const cells = await page.$$eval('[data-testid=stability-heatmap] td.cell', (cs) => cs.length);
  assert.ok(cells < (130 * 130) / 2, `${cells} cells`);
});
