// End to end: axe-core (npm, run inside the page) finds no serious or critical violation on
// any screen, sub-view or dialog, in either language. Every view's counts (any impact) are
// printed as a table, so a change that adds a minor one shows in the log too.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { DEMO, freshVisit, useBrowser } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core');

// The page's CSP forbids inline scripts; the audit script is the test's, not the page's.
const browser = useBrowser({ viewport: { width: 1366, height: 768 }, bypassCSP: true });

const IMPACTS = ['critical', 'serious', 'moderate', 'minor'];

/** Runs axe on the whole page; returns its violations as { id, impact, nodes, targets }. */
async function audit(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.addScriptTag({ path: AXE });
  }
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
}

// A one-cell change of the demo, as a CSV file, for the import preview.
const LAST = DEMO.plan.periods[DEMO.plan.periods.length - 1].id;
const SHEET_RECORD = DEMO.records.find((r) => r.period === LAST && typeof r.values?.progress === 'string');
const SHEET_CSV = `单位 [unit],考核期 [period],任务进度 [progress]\r\n${SHEET_RECORD.unit},${LAST},${SHEET_RECORD.values.progress === '0.5' ? '0.4' : '0.5'}\r\n`;

/** The views to audit, each opened by `open(page)` from wherever the previous one left off. */
const VIEWS = [
  ['results', (p) => p.click('[data-testid=tab-results]')],
  [
    'receipt',
    async (p) => {
      await p.click('tr[data-unit] button.link');
      await p.waitForSelector('[data-testid=receipt]');
    },
  ],
  [
    'results (row selected)',
    async (p) => {
      await p.keyboard.press('Escape');
      await p.waitForSelector('[data-testid=receipt]', { state: 'detached' });
    },
  ],
  ['people', (p) => p.click('[data-testid=tab-people]')],
  [
    'data/entry',
    async (p) => {
      await p.click('[data-testid=tab-data]');
      await p.click('[data-testid=data-view-entry]');
    },
  ],
  ['data/units', (p) => p.click('[data-testid=data-view-units]')],
  ['data/people', (p) => p.click('[data-testid=data-view-people]')],
  ['plan', (p) => p.click('[data-testid=tab-plan]')],
  [
    'simulate/scenarios',
    async (p) => {
      await p.click('[data-testid=tab-simulate]');
      await p.click('[data-testid=sim-scenarios]');
    },
  ],
  ['simulate/scenarios/ahp', (p) => p.click('[data-testid=scen-sec-ahp]')],
  ['simulate/scenarios/compare', (p) => p.click('[data-testid=scen-sec-compare]')],
  ['simulate/self', (p) => p.click('[data-testid=sim-self]')],
  ['simulate/appeals', (p) => p.click('[data-testid=sim-appeals]')],
  [
    'simulate/stability',
    async (p) => {
      await p.click('[data-testid=sim-stability]');
      await p.fill('[data-testid=stability-samples]', '200');
      await p.click('[data-testid=stability-run]');
      await p.waitForSelector('[data-testid=stability-table]', { timeout: 30000 });
      await p.waitForFunction(
        () => document.querySelector('[data-testid=stability-progress]')?.getAttribute('aria-valuenow') === '200',
        null,
        { timeout: 30000 },
      );
      // The heatmap's rows come a batch per task after the table: check them all.
      await p.waitForSelector('[data-testid=stability-heatmap][aria-busy=false]');
    },
  ],
  ['files', (p) => p.click('[data-testid=tab-files]')],
  [
    'files/sheet preview',
    async (p) => {
      await p.setInputFiles('[data-testid=import-sheet]', {
        name: 'a11y.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(SHEET_CSV, 'utf8'),
      });
      await p.waitForSelector('[data-testid=sheet-changes]');
    },
  ],
  [
    'files/sheet problems',
    async (p) => {
      await p.click('[data-testid=cancel-sheet]');
      await p.setInputFiles('[data-testid=import-sheet]', {
        name: 'bad.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(SHEET_CSV.replace(/,0\.[0-9]+\r\n$/, ',九十\r\n'), 'utf8'),
      });
      await p.waitForSelector('[data-testid=sheet-errors] li');
    },
  ],
];

/** One line per view: the count of violating nodes per impact and the rules. */
function table(rows) {
  const head = ['view'.padEnd(34), ...IMPACTS.map((i) => i.padStart(8)), '  rules'].join('');
  const lines = rows.map(({ lang, view, violations }) => {
    const by = (impact) =>
      violations.filter((v) => v.impact === impact).reduce((a, v) => a + v.nodes, 0);
    const rules = violations.map((v) => `${v.id}(${v.impact.slice(0, 3)}×${v.nodes})`).join(' ');
    return [`${lang} ${view}`.padEnd(34), ...IMPACTS.map((i) => String(by(i)).padStart(8)), `  ${rules}`].join('');
  });
  return [head, ...lines].join('\n');
}

test('no serious or critical axe violation on any screen, sub-view or dialog, in both languages', async () => {
  const { page } = browser;
  await freshVisit(page);
  const rows = [];
  for (const lang of ['zh-CN', 'en']) {
    await page.click('[data-testid=tab-results]');
    await page.selectOption('[data-testid=language-select]', lang);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    for (const [view, open] of VIEWS) {
      await open(page);
      await page.waitForTimeout(50);
      rows.push({ lang, view, violations: await audit(page) });
    }
  }
  console.log(`axe-core ${require('axe-core/package.json').version}: violating nodes per view and impact\n${table(rows)}`);
  const bad = rows.flatMap(({ lang, view, violations }) =>
    violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${lang} ${view}: ${v.id} (${v.impact}) ×${v.nodes}: ${v.targets.join(' | ')}`),
  );
  assert.deepEqual(bad, [], bad.join('\n'));
});
