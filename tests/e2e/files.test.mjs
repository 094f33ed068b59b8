// End to end: the first visit, switching period / scenario / language, importing a workspace
// (good and bad), exporting results and re-opening them (verified, and tampered), autosave
// across a reload, and the window.scorecard API. Every assertion is about what a user sees.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEMO, EXAMPLE, freshVisit, screenshot, useBrowser } from './helpers.mjs';

const TMP = mkdtempSync(join(tmpdir(), 'scorecard-files-'));

const browser = useBrowser();

const rows = (page) => page.locator('[data-testid=results-table] tbody tr[data-unit]');
const cell = (page, unit, field) => page.locator(`tr[data-unit="${unit}"] [data-field="${field}"]`);

async function chooseFile(page, testid, path) {
  await page.setInputFiles(`[data-testid=${testid}]`, path);
}

test('first visit shows the demo, ranked, on its last period', async () => {
  const { page } = browser;
  await freshVisit(page);
  const n = await rows(page).count();
  assert.equal(n, DEMO.units.length, 'every demo unit is ranked');
  assert.equal(await page.inputValue('[data-testid=period-select]'), '2026final');
  // Ranks are competition ranks in order, starting at 1; grades are the four words.
  const ranks = await page.$$eval('[data-field=rank]', (cs) => cs.map((c) => Number(c.textContent)));
  assert.equal(ranks[0], 1);
  for (let i = 1; i < ranks.length; i++) assert.ok(ranks[i] >= ranks[i - 1], 'ranks ascend');
  const grades = await page.$$eval('[data-field=grade]', (cs) => cs.map((c) => c.dataset.grade));
  for (const g of grades) assert.ok(['excellent', 'good', 'pass', 'fail'].includes(g), g);
  assert.ok(grades.includes('excellent') && grades.includes('fail'), 'the demo spans the grades');
  await screenshot(page, 'results-zh');
});

test('switching period, scenario and language changes what is shown', async () => {
  const { page } = browser;
  await freshVisit(page);
  const scoresFor = async () =>
    page.$$eval('tr[data-unit]', (rs) => rs.map((r) => r.dataset.unit + '=' + r.querySelector('[data-field=score]').textContent).sort().join(','));
  const final = await scoresFor();
  await page.selectOption('[data-testid=period-select]', 'annual');
  const annual = await scoresFor();
  assert.notEqual(annual, final, 'annual figures differ from the final period');
  await page.selectOption('[data-testid=scenario-select]', 'innovation_push');
  assert.notEqual(await scoresFor(), annual, 'a scenario changes the figures');
  await page.waitForSelector('[data-testid=not-official]');
  await page.selectOption('[data-testid=scenario-select]', '');
  assert.equal(await scoresFor(), annual, 'back to the plan');
  // Language: labels switch, figures stay.
  assert.ok((await page.textContent('nav.tabs')).includes('结果'));
  await page.selectOption('[data-testid=language-select]', 'en');
  assert.ok((await page.textContent('nav.tabs')).includes('Results'));
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await scoresFor(), annual);
  await screenshot(page, 'results-annual-en');
  // Remembered across a reload.
  await page.reload();
  await page.waitForSelector('[data-testid=results-table]');
  assert.equal(await page.inputValue('[data-testid=language-select]'), 'en');
  assert.equal(await page.inputValue('[data-testid=period-select]'), 'annual');
});

test('importing a workspace shows its results; a bad file shows every error and changes nothing', async () => {
  const { page } = browser;
  await freshVisit(page);
  await page.click('[data-testid=tab-files]');
  const good = join(TMP, 'example.json');
  writeFileSync(good, EXAMPLE);
  await chooseFile(page, 'import-workspace', good);
  await page.click('[data-testid=tab-results]');
  await page.waitForSelector('tr[data-unit="zd1"]');
  assert.equal(await rows(page).count(), 1);
  assert.equal((await cell(page, 'zd1', 'score').textContent()).trim(), '90.46');
  assert.equal(await cell(page, 'zd1', 'grade').getAttribute('data-grade'), 'excellent');
  assert.equal((await page.textContent('[data-testid=plan-name]')).trim(), '2026年度總隊目標考核');

  // A file with two mistakes: both are listed with their paths; the open workspace stays.
  const broken = JSON.parse(EXAMPLE);
  broken.records[0].values.plans = '101';
  broken.units[0].profile = 'nosuch';
  const bad = join(TMP, 'bad.json');
  writeFileSync(bad, JSON.stringify(broken));
  await page.click('[data-testid=tab-files]');
  await chooseFile(page, 'import-workspace', bad);
  const errors = page.locator('[data-testid=import-errors] li');
  await errors.first().waitFor();
  const text = await page.textContent('[data-testid=import-errors]');
  assert.ok(text.includes('records[0].values.plans'), text);
  assert.ok(text.includes('units[0].profile'), text);
  assert.ok(/超出范围/.test(text), 'errors are in the UI language (Chinese)');
  await screenshot(page, 'import-errors-zh');
  await page.click('[data-testid=tab-results]');
  assert.equal((await cell(page, 'zd1', 'score').textContent()).trim(), '90.46', 'workspace untouched');

  // Not JSON at all.
  const notJson = join(TMP, 'notjson.json');
  writeFileSync(notJson, '{"format": "scorecard-workspace",');
  await page.click('[data-testid=tab-files]');
  await chooseFile(page, 'import-workspace', notJson);
  await page.waitForFunction(() => document.querySelector('[data-testid=import-errors]')?.textContent.includes('JSON'));
  await page.click('[data-testid=tab-results]');
  assert.equal((await cell(page, 'zd1', 'score').textContent()).trim(), '90.46');
});

test('exported results re-open as verified; a tampered copy does not', async () => {
  const { page } = browser;
  await freshVisit(page);
  await page.click('[data-testid=tab-files]');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-testid=export-results]'),
  ]);
  const path = join(TMP, 'results.json');
  await download.saveAs(path);
  const results = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal(results.format, 'scorecard-results');
  assert.equal(results.period, '2026final');
  assert.equal(results.units.length, DEMO.units.length);
  assert.match(results.input_sha256, /^[0-9a-f]{64}$/);

  await chooseFile(page, 'open-results', path);
  await page.waitForSelector('[data-testid=verify-result]');
  assert.equal(await page.getAttribute('[data-testid=verify-result]', 'data-verified'), 'true');
  await screenshot(page, 'verify-ok-zh');

  results.units[1].score = (Number(results.units[1].score) + 0.01).toFixed(2);
  const tampered = join(TMP, 'tampered.json');
  writeFileSync(tampered, JSON.stringify(results, null, 2));
  await chooseFile(page, 'open-results', tampered);
  await page.waitForFunction(() => document.querySelector('[data-testid=verify-result]')?.dataset.verified === 'false');
  assert.ok((await page.textContent('[data-testid=verify-result]')).includes('units[1].score'));

  // The exported workspace re-imports to the same figures.
  const [wsDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-testid=export-workspace]'),
  ]);
  const wsPath = join(TMP, 'workspace.json');
  await wsDownload.saveAs(wsPath);
  const exported = JSON.parse(readFileSync(wsPath, 'utf8'));
  assert.equal(exported.units.length, DEMO.units.length);
  assert.equal(exported.format, 'scorecard-workspace');
});

test('window.scorecard scores and validates like the command', async () => {
  const { page } = browser;
  await freshVisit(page);
  const out = await page.evaluate((text) => {
    const api = window.scorecard;
    const r = api.score(text, { period: '2026Q1' });
    const ws = JSON.parse(text);
    const asObject = api.score(ws, { period: '2026Q1' });
    ws.records[0].values.plans = '101';
    return { version: api.version, r, same: JSON.stringify(r) === JSON.stringify(asObject), v: api.validate(ws), ok: api.validate(text) };
  }, EXAMPLE);
  assert.equal(out.version, '0.1.0');
  assert.equal(out.r.units[0].score, '90.46');
  assert.equal(out.r.units[0].rank, 1);
  assert.equal(out.r.people[0].score, '87.69');
  assert.ok(out.same, 'text and object give the same results');
  assert.deepEqual(out.ok, { ok: true });
  assert.equal(out.v.ok, false);
  assert.equal(out.v.errors[0].path, 'records[0].values.plans');
});
