// End to end: spreadsheets on the Files screen. A template downloaded from the app imports
// back as "no change"; filled in by openpyxl, it is previewed, applied and changes the
// results, and the results workbook reads back in openpyxl with the page's figure; a CSV saved the way Excel saves it (BOM, CRLF) is previewed cell by
// cell, changes nothing until applied, is applied as one undo step; a bad file lists every
// problem with its sheet, row and column in the UI language and changes nothing; a units
// sheet adds and renames units; results and data export as XLSX and CSV.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEMO, freshVisit, savedWorkspace, score, screenshot, useBrowser } from './helpers.mjs';

const TMP = mkdtempSync(join(tmpdir(), 'scorecard-sheets-'));
const browser = useBrowser();

// A unit of the demo with a plain figure in the last period (the one shown first).
const LAST = DEMO.plan.periods[DEMO.plan.periods.length - 1].id;
const RECORD = DEMO.records.find((r) => r.period === LAST && typeof r.values?.progress === 'string');
const UNIT = RECORD.unit;
const OLD = RECORD.values.progress;
const NEW = OLD === '0.50' ? '0.40' : '0.50';

/** Clicks `testid` and saves the download it starts; returns { name, path, bytes }. */
async function download(page, testid) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${testid}]`)]);
  const path = join(TMP, d.suggestedFilename());
  await d.saveAs(path);
  return { name: d.suggestedFilename(), path, bytes: readFileSync(path) };
}

/** Chooses a spreadsheet file for the import input. */
const importSheet = (page, name, buffer) =>
  page.setInputFiles('[data-testid=import-sheet]', { name, mimeType: 'application/octet-stream', buffer });

/** Runs Python (openpyxl: installed by scripts/install-tools.sh) on `code` with `args`;
 *  returns its stdout. */
function python(code, ...args) {
  const r = spawnSync('python3', ['-c', code, ...args], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
}

// Fills one cell of a data workbook the way another program would: finds the values sheet by
// its header row ("[unit]", "[progress]"), the unit's row, writes a number, saves.
const FILL = `
import sys, openpyxl
path, unit, key, value = sys.argv[1:5]
wb = openpyxl.load_workbook(path)
for ws in wb.worksheets:
    rows = list(ws.iter_rows())
    for hi, row in enumerate(rows):
        keys = [str(c.value or '') for c in row]
        if any('[unit]' in k for k in keys) and any('[' + key + ']' in k for k in keys):
            ucol = next(i for i, k in enumerate(keys) if '[unit]' in k)
            kcol = next(i for i, k in enumerate(keys) if '[' + key + ']' in k)
            for r in rows[hi + 1:]:
                if r[ucol].value == unit:
                    r[kcol].value = float(value)
                    wb.save(path)
                    print('filled', ws.title, r[kcol].coordinate)
                    sys.exit(0)
sys.exit('no cell for ' + unit + ' / ' + key)
`;

// The score of a unit in the ranking sheet of a results workbook, as openpyxl reads it.
const SCORE_OF = `
import sys, openpyxl
path, unit = sys.argv[1:3]
ws = openpyxl.load_workbook(path, data_only=True).worksheets[0]
rows = list(ws.iter_rows(values_only=True))
keys = [str(k or '') for k in rows[0]]
u = next(i for i, k in enumerate(keys) if k.endswith('[unit]'))
s = next(i for i, k in enumerate(keys) if k.endswith('[score]'))
for r in rows[1:]:
    if r[u] == unit:
        print('%.2f' % r[s])
        sys.exit(0)
sys.exit('no row for ' + unit)
`;

/** A CSV the way Excel saves "CSV UTF-8": a BOM, CRLF line ends. */
const excelCsv = (lines) => Buffer.from('\ufeff' + lines.join('\r\n') + '\r\n', 'utf8');

test('a template downloaded from the app imports back with nothing to change', async () => {
  const { page } = browser;
  await freshVisit(page);
  // From the Data screen, where a user about to type figures is, to the spreadsheet card.
  await page.click('[data-testid=tab-data]');
  await page.click('[data-testid=data-to-sheets]');
  await page.waitForSelector('[data-testid=download-template]');
  assert.equal(await page.getAttribute('[data-testid=tab-files]', 'aria-selected'), 'true');
  await page.selectOption('[data-testid=sheet-period]', LAST);
  const t = await download(page, 'download-template');
  assert.ok(t.name.endsWith(`template-${LAST}.xlsx`), t.name);
  assert.equal(t.bytes.subarray(0, 4).toString('latin1'), 'PK\u0003\u0004', 'an XLSX (zip) file');
  await importSheet(page, t.name, t.bytes);
  await page.waitForSelector('[data-testid=sheet-preview]');
  await page.waitForSelector('[data-testid=sheet-no-changes]');
  assert.ok(await page.isDisabled('[data-testid=apply-sheet]'), 'nothing to apply');
  await page.click('[data-testid=cancel-sheet]');
  assert.equal(await page.locator('[data-testid=sheet-preview]').count(), 0);

  // The whole year's data, exported and imported back: the identity too.
  await page.selectOption('[data-testid=sheet-period]', '');
  const data = await download(page, 'export-data-xlsx');
  await importSheet(page, data.name, data.bytes);
  await page.waitForSelector('[data-testid=sheet-no-changes]');
  await page.click('[data-testid=cancel-sheet]');
});

test('a template filled by openpyxl is previewed, applied, and changes the results', async () => {
  const { page } = browser;
  await freshVisit(page);
  const before = await score(page, UNIT);
  await page.click('[data-testid=tab-files]');
  await page.selectOption('[data-testid=sheet-period]', LAST);
  const t = await download(page, 'download-template');
  python(FILL, t.path, UNIT, 'progress', NEW);
  await page.setInputFiles('[data-testid=import-sheet]', t.path);
  const row = page.locator(`[data-testid=sheet-changes] tr[data-unit="${UNIT}"][data-field="values.progress"]`);
  await row.waitFor();
  assert.equal(await page.locator('[data-testid=sheet-changes] tbody tr').count(), 1, 'only the filled cell changes');
  await page.click('[data-testid=apply-sheet]');
  await page.click('[data-testid=tab-results]');
  const after = await score(page, UNIT);
  assert.notEqual(after, before, 'the filled figure changed the score');

  // The results workbook reads back in openpyxl with the figure the page shows.
  await page.click('[data-testid=tab-files]');
  const xlsx = await download(page, 'export-results-xlsx');
  assert.equal(python(SCORE_OF, xlsx.path, UNIT), after);
});

test('an Excel CSV is previewed, applied as one undo step, and undone', async () => {
  const { page } = browser;
  await freshVisit(page);
  const before = await score(page, UNIT);
  await page.click('[data-testid=tab-files]');
  await importSheet(page, '填报.csv', excelCsv([
    '单位 [unit],考核期 [period],任务进度 [progress],备注',
    `${UNIT},${LAST},${NEW},我们自己的备注`,
  ]));
  const row = page.locator(`[data-testid=sheet-changes] tr[data-unit="${UNIT}"][data-field="values.progress"]`);
  await row.waitFor();
  assert.equal(await page.locator('[data-testid=sheet-changes] tbody tr').count(), 1, 'one cell changes');
  const text = await row.textContent();
  assert.ok(text.includes(OLD) && text.includes(NEW), text);
  const unitName = DEMO.units.find((u) => u.id === UNIT).name;
  assert.ok(text.includes(unitName), `the unit by its name: ${text}`);
  assert.ok(!text.includes('values.'), `labels, not paths: ${text}`);
  assert.match(await page.textContent('[data-testid=sheet-counts]'), /修改 1 项/);
  await screenshot(page, 'sheet-preview-zh');

  // Nothing has changed yet.
  await page.click('[data-testid=tab-results]');
  assert.equal(await score(page, UNIT), before, 'a preview changes nothing');
  await page.click('[data-testid=tab-files]');
  await page.click('[data-testid=apply-sheet]');
  await page.waitForSelector('[data-testid=sheet-preview]', { state: 'detached' });
  await page.click('[data-testid=tab-results]');
  const after = await score(page, UNIT);
  assert.notEqual(after, before, 'the import changed the score');
  await page.click('[data-testid=undo]');
  await page.waitForFunction(
    ([u, s]) => document.querySelector(`tr[data-unit="${u}"] [data-field=score]`)?.textContent.trim() === s,
    [UNIT, before],
  );
});

test('a units sheet adds and renames units: the preview names the roster, the Data screen has them', async () => {
  const { page } = browser;
  await freshVisit(page);
  const [first] = DEMO.units;
  await page.click('[data-testid=tab-files]');
  await importSheet(page, '单位.csv', excelCsv([
    '单位编号 [id],单位名称 [name],单位类别 [level],权重方案 [profile]',
    `xjzd,新建支队,支队/大队,${DEMO.plan.profiles[0].id}`,
    `${first.id},${first.name}(更名),${first.level},${first.profile}`,
  ]));
  await page.waitForSelector('[data-testid=sheet-changes]');
  const rows = page.locator('[data-testid=sheet-changes] tbody tr');
  assert.equal(await rows.count(), 4, 'three fields of the new unit and one name');
  const level = await page.textContent('[data-testid=sheet-changes] tr[data-unit=xjzd][data-field="unit.level"]');
  assert.ok(level.includes('单位与人员名册') && level.includes('支队/大队'), level);
  assert.ok(!level.includes('branch'), `words in the UI language: ${level}`);
  const added = page.locator('[data-testid=sheet-changes] tr[data-unit=xjzd] td:first-child');
  assert.deepEqual([...new Set(await added.allTextContents())], ['新建支队'], 'a new unit by the name the file gives it');
  const profile = await page.textContent('[data-testid=sheet-changes] tr[data-unit=xjzd][data-field="unit.profile"] td.new');
  assert.equal(profile, DEMO.plan.profiles[0].name, 'a weight profile by its name');
  await page.click('[data-testid=apply-sheet]');
  await page.waitForSelector('[data-testid=sheet-preview]', { state: 'detached' });
  await page.click('[data-testid=tab-data]');
  await page.click('[data-testid=data-view-units]');
  assert.equal(await page.inputValue('[data-testid=unit-name-xjzd]'), '新建支队');
  assert.equal(await page.inputValue(`[data-testid=unit-name-${first.id}]`), `${first.name}(更名)`);
});

test('experts named in a panel sheet are kept and shown in the receipt beside their totals', async () => {
  const { page } = browser;
  await freshVisit(page);
  const rec = DEMO.records.find((r) => r.panel?.panel?.length >= 2);
  const crits = Object.keys(DEMO.plan.panel.criteria);
  await page.click('[data-testid=tab-files]');
  await importSheet(page, '专家.csv', excelCsv([
    ['单位 [unit]', '考核期 [period]', '指标 [indicator]', '专家 [expert]', ...crits.map((c) => `[${c}]`)].join(','),
    [rec.unit, rec.period, 'panel', '张三', ...crits.map(() => '80')].join(','),
    [rec.unit, rec.period, 'panel', '2', ...crits.map(() => '90')].join(','),
  ]));
  await page.waitForSelector('[data-testid=sheet-changes]');
  await page.click('[data-testid=apply-sheet]');
  await page.waitForSelector('[data-testid=sheet-preview]', { state: 'detached' });
  const stored = await savedWorkspace(page);
  const experts = stored.records.find((r) => r.unit === rec.unit && r.period === rec.period).panel.panel;
  assert.deepEqual(experts.map((e) => e.expert), ['张三', undefined], 'a name kept, a list number not');
  await page.click('[data-testid=tab-results]');
  await page.selectOption('[data-testid=period-select]', rec.period);
  await page.click(`tr[data-unit=${rec.unit}] button.link`);
  await page.waitForSelector('[data-testid=receipt]');
  const panelRow = await page.textContent('[data-testid=receipt] tr[data-indicator=panel]');
  assert.match(panelRow, /张三 80(\.0+)?, #2 90/, panelRow);
});

test('a bad spreadsheet lists every problem with its place and changes nothing', async () => {
  const { page } = browser;
  await freshVisit(page);
  const before = await score(page, UNIT);
  await page.click('[data-testid=tab-files]');
  const bad = excelCsv([
    '单位 [unit],考核期 [period],任务进度 [progress],质量达标率 [quality]',
    `${UNIT},${LAST},九十,0.9`,
    `nosuchunit,${LAST},0.5,0.9`,
  ]);
  await importSheet(page, 'bad.csv', bad);
  const items = page.locator('[data-testid=sheet-errors] li');
  await items.first().waitFor();
  const all = await items.allTextContents();
  assert.ok(all.length >= 2, all.join('\n'));
  assert.ok(all.some((l) => l.includes('工作表「CSV」第 2 行 C 列(任务进度)') && l.includes('“九十” 不是数字')), all.join('\n'));
  assert.ok(all.some((l) => l.includes('第 3 行') && l.includes('不是本工作区的单位')), all.join('\n'));
  assert.equal(await page.locator('[data-testid=sheet-preview]').count(), 0, 'no preview of a bad file');
  await screenshot(page, 'sheet-errors-zh');

  // The same problems in English after a switch.
  await page.selectOption('[data-testid=language-select]', 'en');
  const en = await page.textContent('[data-testid=sheet-errors]');
  assert.ok(en.includes('sheet "CSV" row 2 column C') && en.includes('not a number'), en);
  await page.selectOption('[data-testid=language-select]', 'zh-CN');
  await page.click('[data-testid=dismiss-sheet-errors]');
  await page.click('[data-testid=tab-results]');
  assert.equal(await score(page, UNIT), before, 'the workspace is untouched');
});

test('results export as an XLSX workbook and as a CSV Excel reads as UTF-8', async () => {
  const { page } = browser;
  await freshVisit(page);
  await page.click('[data-testid=tab-files]');
  const xlsx = await download(page, 'export-results-xlsx');
  assert.ok(xlsx.name.endsWith(`results-${LAST}.xlsx`), xlsx.name);
  assert.equal(xlsx.bytes.subarray(0, 2).toString('latin1'), 'PK');
  const csv = await download(page, 'export-results-csv');
  assert.ok(csv.name.endsWith('.csv'), csv.name);
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 BOM');
  const text = csv.bytes.toString('utf8');
  for (const u of DEMO.units) assert.ok(text.includes(u.name), `${u.name} in the CSV`);
});
