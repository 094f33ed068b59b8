// End to end, by keyboard alone: the editing tasks. A figure typed into the Data grid (Enter
// moves down a row, like a spreadsheet) changes the results and is undone from the header; a
// unit is added from its form; a plan weight is changed and an indicator's method chosen; a
// person is added; an appeal is recorded and upheld. Every control is reached by Tab or by
// the tab bar's arrow keys from where the focus was — never clicked, never focused by the
// test — so a control the keyboard cannot reach, or a focus dropped to the page, fails here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO, freshVisit, savedWorkspace, score, useBrowser } from './helpers.mjs';

const browser = useBrowser();

/** Whether the focused element matches `selector`. */
const focusedIs = (page, selector) =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** What is focused, for messages. */
const focusedText = (page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return a ? `${a.tagName} ${a.dataset?.testid ?? a.dataset?.path ?? a.id ?? ''}` : 'nothing';
  });

/**
 * Presses Tab — or Shift+Tab when the target comes before the focus in the page — until the
 * focused element matches `selector`; fails after `max` presses. Returns the presses.
 */
async function tabTo(page, selector, max = 300) {
  await page.waitForSelector(selector);
  const back = await page.evaluate((s) => {
    const a = document.activeElement;
    const target = document.querySelector(s);
    if (!a || a === document.body || !target) return false;
    return Boolean(a.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_PRECEDING);
  }, selector);
  for (let i = 0; i < max; i++) {
    if (await focusedIs(page, selector)) return i;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  assert.fail(`${selector} is not reached by ${max} ${back ? 'Shift+Tab' : 'Tab'} presses (at ${await focusedText(page)})`);
}

/**
 * Chooses the tab `target` as a keyboard user does: Tab to its tab list's chosen tab (the
 * list's one tab stop), then the arrow keys to `target` (tabs choose as they take the focus).
 */
async function chooseTab(page, target) {
  await page.waitForSelector(target);
  await page.evaluate((t) => {
    document.querySelectorAll('[data-kbd-list]').forEach((l) => l.removeAttribute('data-kbd-list'));
    document.querySelector(t).closest('[role=tablist]').setAttribute('data-kbd-list', '');
  }, target);
  await tabTo(page, '[data-kbd-list] [role=tab][aria-selected=true]');
  for (let i = 0; i < 8 && !(await focusedIs(page, target)); i++) await page.keyboard.press('ArrowRight');
  assert.ok(await focusedIs(page, target), `${target} is reached by the arrow keys`);
  await page.waitForSelector(`${target}[aria-selected=true]`);
}

/** Opens screen `name` from the tab bar by keyboard. */
async function openScreen(page, name) {
  await chooseTab(page, `[data-testid=tab-${name}]`);
  await page.waitForSelector(`#screen-panel[data-screen=${name}]`);
}

/** Chooses `value` in the focused <select> by the arrow keys (as a keyboard user does). */
async function arrowSelect(page, value, max = 60) {
  const options = await page.evaluate(() => [...document.activeElement.options].map((o) => o.value));
  const want = options.indexOf(value);
  assert.ok(want >= 0, `${value} is among ${options.join(', ')}`);
  for (let i = 0; i < max; i++) {
    const at = await page.evaluate(() => document.activeElement.selectedIndex);
    if (at === want) return;
    await page.keyboard.press(at < want ? 'ArrowDown' : 'ArrowUp');
  }
  assert.fail(`${value} is not reached by the arrow keys`);
}

/** Types `text` into the focused input, replacing what it held. */
async function retype(page, text) {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

test('a figure typed into the Data grid changes the results, and undo takes it back', async () => {
  const { page } = browser;
  await freshVisit(page);
  const before = await score(page, 'zd1');
  await openScreen(page, 'data');
  const cell = '[data-testid="cell-zd1-progress"]';
  await tabTo(page, cell);
  const original = await page.inputValue(cell);
  const nav = await page.getAttribute(cell, 'data-nav');
  await retype(page, '0.3');
  await page.keyboard.press('Enter');
  // Enter moves down the same column, like a spreadsheet.
  const [col, row] = nav.split('-').map(Number);
  assert.ok(await focusedIs(page, `[data-nav="${col}-${row + 1}"]`), `Enter moved down (at ${await focusedText(page)})`);
  assert.equal(await page.inputValue(cell), '0.3');
  await openScreen(page, 'results');
  const after = await score(page, 'zd1');
  assert.ok(Number(after) < Number(before), `a lower progress lowers the score (${before} → ${after})`);
  await tabTo(page, '[data-testid=undo]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ([u, b]) => document.querySelector(`tr[data-unit="${u}"] [data-field=score]`)?.textContent.trim() === b,
    ['zd1', before],
  );
  await openScreen(page, 'data');
  assert.equal(await page.inputValue(cell), original, 'the typing is undone whole');
});

test('a unit is added from its form and then named in the grid', async () => {
  const { page } = browser;
  await freshVisit(page);
  await openScreen(page, 'data');
  await chooseTab(page, '[data-testid=data-view-units]');
  await tabTo(page, '[data-testid=new-unit-id]');
  await retype(page, 'kbd1');
  await page.keyboard.press('Tab');
  assert.ok(await focusedIs(page, '[data-testid=new-unit-name]'));
  await page.keyboard.type('键盘支队');
  await page.keyboard.press('Enter'); // submits the form
  await page.waitForSelector('[data-testid="unit-name-kbd1"]');
  assert.equal(await page.inputValue('[data-testid="unit-name-kbd1"]'), '键盘支队');
  assert.ok(!(await focusedIs(page, 'body')), 'the focus is not dropped to the page');
  const units = (await savedWorkspace(page)).units.map((u) => u.id);
  assert.ok(units.includes('kbd1'), 'the unit is saved');
  // Renamed from its row, by keyboard.
  await tabTo(page, '[data-testid="unit-name-kbd1"]');
  await retype(page, '键盘大队');
  await page.keyboard.press('Tab');
  const name = (await savedWorkspace(page)).units.find((u) => u.id === 'kbd1')?.name;
  assert.equal(name, '键盘大队');
});

test('a plan weight and an indicator method are changed by keyboard', async () => {
  const { page } = browser;
  await freshVisit(page);
  await openScreen(page, 'plan');
  const task = "input[data-path='plan.profiles[0].weights.task']";
  const risk = "input[data-path='plan.profiles[0].weights.risk']";
  await tabTo(page, task);
  const [t0, r0] = [await page.inputValue(task), await page.inputValue(risk)];
  // Moving 5 points from task to risk keeps the total at 100.
  const [t1, r1] = [String(Number(t0) - 5), String(Number(r0) + 5)];
  await retype(page, t1);
  await tabTo(page, risk);
  await retype(page, r1);
  await page.keyboard.press('Tab');
  const { weights } = (await savedWorkspace(page)).plan.profiles[0];
  assert.equal(Number(weights.task), Number(t1) / 100, `task is ${t1}%`);
  assert.equal(Number(weights.risk), Number(r1) / 100, `risk is ${r1}%`);
  assert.equal(await page.getAttribute('[data-testid=profile-sum-0]', 'data-ok'), 'true');
  // An indicator's method, from its select, by the arrow keys.
  const method = 'select[data-path$=".method.kind"]';
  await tabTo(page, method);
  const path = await page.evaluate(() => document.activeElement.dataset.path);
  const from = await page.evaluate(() => document.activeElement.value);
  const to = from === 'minmax' ? 'zscore' : 'minmax';
  await arrowSelect(page, to);
  const doc = await savedWorkspace(page);
  // plan.dimensions[i].indicators[j].method.kind
  const [, i, j] = path.match(/dimensions\[(\d+)\]\.indicators\[(\d+)\]/);
  const kind = doc.plan.dimensions[i].indicators[j].method.kind;
  assert.equal(kind, to, `the method of ${path} is now ${to}`);
});

test('a person is added and named by keyboard', async () => {
  const { page } = browser;
  await freshVisit(page);
  await openScreen(page, 'data');
  await chooseTab(page, '[data-testid=data-view-people]');
  const before = ((await savedWorkspace(page)).people ?? []).length;
  await tabTo(page, '[data-testid=add-person]');
  await page.keyboard.press('Enter');
  const name = `[data-testid=person-${before}-name]`;
  await tabTo(page, name);
  await retype(page, '键盘测试员');
  await page.keyboard.press('Tab');
  const people = (await savedWorkspace(page)).people;
  assert.equal(people.length, before + 1);
  assert.equal(people[before].name, '键盘测试员');
});

test('an appeal is recorded and upheld by keyboard, and changes the results', async () => {
  const { page } = browser;
  await freshVisit(page);
  const before = await score(page, 'zd3');
  await openScreen(page, 'simulate');
  await chooseTab(page, '[data-testid=sim-appeals]');
  await tabTo(page, '[data-testid=appeal-unit]');
  await arrowSelect(page, 'zd3');
  await tabTo(page, '[data-testid=appeal-input]');
  await arrowSelect(page, 'values.quality.audited');
  await tabTo(page, '[data-testid=appeal-requested]');
  await retype(page, '0.99');
  await tabTo(page, '[data-testid=appeal-reason]');
  await page.keyboard.type('审计口径有误');
  await tabTo(page, '[data-testid=appeal-record]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=appeals-table]');
  assert.ok(!(await focusedIs(page, 'body')), `recording keeps the focus on a control (at ${await focusedText(page)})`);
  await tabTo(page, '[data-testid^=appeal-uphold-]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    () => JSON.parse(localStorage.getItem('scorecard.workspace.v1')).appeals?.[0]?.status === 'upheld',
  );
  assert.ok(
    await focusedIs(page, 'tr[data-appeal][data-status=upheld] .status'),
    `upholding hands the focus to the appeal's new status (at ${await focusedText(page)})`,
  );
  await openScreen(page, 'results');
  await page.waitForFunction(
    ([u, b]) => document.querySelector(`tr[data-unit="${u}"] [data-field=score]`)?.textContent.trim() !== b,
    ['zd3', before],
  );
  assert.ok(Number(await score(page, 'zd3')) > Number(before), 'a higher audited quality raises the score');
});

test('a unit is removed by keyboard after its confirmation, or kept by cancelling it', async () => {
  const { page } = browser;
  await freshVisit(page);
  await openScreen(page, 'data');
  await chooseTab(page, '[data-testid=data-view-units]');
  const ids = await page.$$eval('[data-testid^=remove-unit-]', (bs) => bs.map((b) => b.dataset.testid.slice('remove-unit-'.length)));
  const [gone, next] = [ids[1], ids[2]];
  for (const confirm of [false, true]) {
    await tabTo(page, `[data-testid="remove-unit-${gone}"]`);
    await page.keyboard.press('Enter');
    // The confirmation takes the focus on its confirm button; Tab leads to cancel.
    await page.waitForFunction(() => document.activeElement?.dataset?.testid === 'confirm-remove-unit');
    if (!confirm) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=confirm-remove-unit]', { state: 'detached' });
    const units = (await savedWorkspace(page)).units.map((u) => u.id);
    assert.equal(units.includes(gone), !confirm, confirm ? 'removed' : 'kept');
    const want = confirm ? `[data-testid="unit-name-${next}"]` : `[data-testid="remove-unit-${gone}"]`;
    assert.ok(await focusedIs(page, want), `the focus goes to ${want} (at ${await focusedText(page)})`);
  }
});

test("a record's events are added and chosen by keyboard, and closing the editor returns the focus", async () => {
  const { page } = browser;
  await freshVisit(page);
  await openScreen(page, 'data');
  const details = '[data-testid="details-zd1"]';
  await tabTo(page, details);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=record-editor]');
  const period = await page.inputValue('[data-testid=period-select]');
  const events = async () =>
    (await savedWorkspace(page)).records.find((r) => r.unit === 'zd1' && r.period === period)?.events ?? [];
  const n = (await events()).length;
  await tabTo(page, '[data-testid=add-event]');
  await page.keyboard.press('Enter');
  await page.waitForFunction((k) => document.querySelector(`[data-testid=event-${k}-level]`), n);
  assert.ok(!(await focusedIs(page, 'body')), `adding keeps the focus (at ${await focusedText(page)})`);
  await tabTo(page, `[data-testid=event-${n}-level]`);
  const options = await page.evaluate(() => [...document.activeElement.options].map((o) => o.value).filter(Boolean));
  const level = options[options.length - 1];
  await arrowSelect(page, level);
  await tabTo(page, `[data-testid=event-${n}-note]`);
  await page.keyboard.type('键盘录入');
  await page.keyboard.press('Tab');
  const added = (await events())[n];
  assert.equal(added?.level, level);
  assert.equal(added?.note, '键盘录入');
  await tabTo(page, '[data-testid=close-record]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=record-editor]', { state: 'detached' });
  assert.ok(await focusedIs(page, details), `closing returns the focus to the row's button (at ${await focusedText(page)})`);
});

test('removing a plan indicator or a scenario by keyboard keeps the focus on the page', async () => {
  const { page } = browser;
  await freshVisit(page);
  await openScreen(page, 'plan');
  const idOf = (k) => `input[data-path="plan.dimensions[0].indicators[${k}].id"]`;
  const [first, second] = [await page.inputValue(idOf(0)), await page.inputValue(idOf(1))];
  const remove = `tr:has(${idOf(0)}) button.icon`;
  await tabTo(page, remove);
  page.once('dialog', (d) => d.accept()); // "remove this indicator?" — Enter accepts
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.querySelector(id)?.value !== undefined, idOf(0));
  await page.waitForFunction(([sel, v]) => document.querySelector(sel)?.value === v, [idOf(0), second]);
  const ids = (await savedWorkspace(page)).plan.dimensions[0].indicators.map((i) => i.id);
  assert.ok(!ids.includes(first), `${first} is removed`);
  // The focus goes to what took the removed row's place, not to the page.
  assert.ok(await focusedIs(page, `${idOf(0)}, tr:has(${idOf(0)}) *`), `focus in the next row (at ${await focusedText(page)})`);

  await openScreen(page, 'simulate');
  await chooseTab(page, '[data-testid=sim-scenarios]');
  await tabTo(page, '[data-testid=scen-new]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (n) => (JSON.parse(localStorage.getItem('scorecard.workspace.v1')).scenarios ?? []).length === n,
    DEMO.scenarios.length + 1,
  );
  await tabTo(page, '[data-testid=scen-delete]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (n) => (JSON.parse(localStorage.getItem('scorecard.workspace.v1')).scenarios ?? []).length === n,
    DEMO.scenarios.length,
  );
  assert.ok(!(await focusedIs(page, 'body')), `deleting keeps the focus on a control (at ${await focusedText(page)})`);
  const scenarios = (await savedWorkspace(page)).scenarios ?? [];
  assert.deepEqual(scenarios.map((s) => s.id), DEMO.scenarios.map((s) => s.id), 'the new scenario is deleted');
});
