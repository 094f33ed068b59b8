// End to end: scenario planning on the demo (§8, §9). A new scenario, a weight moved by
// slider and by typing (the others rebalanced to 100%, saved across a reload), the
// special-period preset, results viewed under the scenario, AHP, and the comparison.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO, freshVisit, savedWorkspace, screenshot, useBrowser } from './helpers.mjs';

const browser = useBrowser();

async function fresh(page) {
  await freshVisit(page);
  await page.click('[data-testid=tab-simulate]');
  await page.click('[data-testid=sim-scenarios]');
}

const val = (page, profile, dim) => page.inputValue(`[data-testid=w-${profile}-${dim}]`);
const saved = (page) => savedWorkspace(page);
const pct = (s) => Math.round(Number(s) * 100);

test('a new scenario: weights rebalanced to 100%, saved, viewed in the results', async () => {
  const { page } = browser;
  await fresh(page);
  const before = DEMO.scenarios.length;
  await page.click('[data-testid=scen-new]');
  await page.waitForSelector(`[data-testid=scen-detail][data-scenario=s1]`);
  await page.fill('[data-testid=scen-name]', '测试情景');
  await page.press('[data-testid=scen-name]', 'Enter');

  // Typing: team 25% on standard (45/20/20/15) → the engine gives 43/25/20/12.
  await page.fill('[data-testid=w-standard-team]', '25');
  await page.press('[data-testid=w-standard-team]', 'Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=w-standard-task]').value === '43');
  assert.equal(await val(page, 'standard', 'risk'), '12');
  assert.equal((await page.textContent('[data-testid=wt-standard]')).trim(), '100%');

  // Keyboard on the slider: task one step up (43 → 44) and the others follow.
  await page.focus('[data-testid=ws-standard-task]');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('[data-testid=w-standard-task]').value === '44');
  assert.equal((await page.textContent('[data-testid=wt-standard]')).trim(), '100%');

  const doc = await saved(page);
  assert.equal(doc.scenarios.length, before + 1);
  const s = doc.scenarios.at(-1);
  assert.equal(s.name, '测试情景');
  const total = Object.values(s.weights.standard).reduce((a, w) => a + pct(w), 0);
  assert.equal(total, 100, JSON.stringify(s.weights.standard));

  // The special-period preset on logistics (40/20/20/20) would push risk to 25%: above its band.
  await page.click('[data-testid=special-logistics]');
  await page.waitForFunction(() => document.querySelector('[data-testid=w-logistics-risk]').value === '25');
  assert.match(await page.textContent('[data-testid=wv-logistics]'), /高于区间上限 20%/);
  assert.ok(await page.isVisible('[data-testid=scen-unofficial]'));
  await screenshot(page, 'scenarios-weights');

  // A reload keeps it; "view results" selects it in the header.
  await page.reload();
  await page.click('[data-testid=tab-simulate]');
  await page.click('[data-testid=scen-item-s1]');
  assert.equal(await val(page, 'standard', 'task'), '44');
  await page.click('[data-testid=scen-view]');
  await page.waitForSelector('[data-testid=results-table]');
  assert.equal(await page.inputValue('[data-testid=scenario-select]'), 's1');
  assert.ok(await page.isVisible('[data-testid=not-official]'), 'logistics out of band: not official');
});

test('AHP: consistent judgments, applied to a profile', async () => {
  const { page } = browser;
  await fresh(page);
  await page.click('[data-testid=scen-sec-ahp]');
  for (const pair of ['ahp-0-1', 'ahp-0-2', 'ahp-0-3']) {
    await page.selectOption(`[data-testid=${pair}]`, '2');
  }
  await page.waitForFunction(() =>
    document.querySelector('[data-testid=ahp-weights] tr[data-dim=task] [data-field=eigen]').textContent === '40.0%');
  assert.equal(await page.textContent('[data-testid=ahp-cr]'), '0.000');
  assert.equal(await page.getAttribute('[data-testid=ahp-verdict]', 'data-consistent'), 'true');
  await page.selectOption('[data-testid=ahp-profile]', 'standard');
  await page.selectOption('[data-testid=ahp-target]', '');
  await page.click('[data-testid=ahp-apply]');
  await page.waitForSelector('[data-testid=ahp-applied]');
  const doc = await saved(page);
  const s = doc.scenarios.at(-1);
  assert.deepEqual(s.weights.standard, { task: '0.40', team: '0.20', innovation: '0.20', risk: '0.20' });

  // Inconsistent: explained, with a suggestion that can be taken.
  await page.selectOption('[data-testid=ahp-1-2]', '9');
  await page.selectOption('[data-testid=ahp-0-1]', '-9');
  await page.waitForSelector('[data-testid=ahp-worst]');
  assert.equal(await page.getAttribute('[data-testid=ahp-verdict]', 'data-consistent'), 'false');
  await screenshot(page, 'scenarios-ahp');
});

test('comparison: every unit under the plan and each scenario, and the slope chart', async () => {
  const { page } = browser;
  await fresh(page);
  await page.click('[data-testid=scen-sec-compare]');
  await page.waitForSelector('[data-testid=compare-table]');
  const rows = page.locator('[data-testid=compare-table] tbody tr[data-unit]');
  assert.equal(await rows.count(), DEMO.units.length);
  const groups = await page.locator('[data-testid=compare-table] thead th[scope=colgroup]').count();
  assert.equal(groups, 1 + DEMO.scenarios.length);
  const label = await page.getAttribute('[data-testid=slope-chart]', 'aria-label');
  assert.match(label, /斜率图/);
  assert.equal(await page.locator('[data-testid=slope-chart] g.slope').count(), DEMO.units.length);
  await page.check('[data-testid=compare-only]');
  const movers = await rows.count();
  assert.ok(movers <= DEMO.units.length);
  await screenshot(page, 'scenarios-compare');
});
