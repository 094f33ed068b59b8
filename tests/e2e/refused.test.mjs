// End to end: an edit the engine refuses is never dropped silently. Renaming a dimension to
// an id another dimension has leaves the plan as it was, puts the old id back in the field,
// and says why in a banner, in the UI's language and with the item's kind; closing the
// banner removes it, and the refusal is not an undo step.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { freshVisit, useBrowser } from './helpers.mjs';

const browser = useBrowser();

/** The first input on the page whose value is `value`. */
async function inputWithValue(page, value) {
  for (const h of await page.$$('input')) {
    if ((await h.inputValue()) === value) return h;
  }
  throw new Error(`no input holds ${value}`);
}

test('a rename onto a taken id is refused, explained, and changes nothing', async () => {
  const { page } = browser;
  await freshVisit(page);
  await page.click('[data-testid=tab-plan]');
  const undoWasDisabled = await page.locator('[data-testid=undo]').isDisabled();
  const id = await inputWithValue(page, 'task');
  await id.fill('team');
  await id.press('Enter');
  const banner = page.locator('[data-testid=edit-refused]');
  await banner.waitFor();
  const text = await banner.innerText();
  assert.match(text, /这项修改没有生效/);
  assert.match(text, /维度/, 'names the kind of item');
  assert.match(text, /team/, 'names the id asked for');
  assert.equal(await id.inputValue(), 'task', 'the field shows the id still in force');
  assert.equal(await page.locator('[data-testid=undo]').isDisabled(), undoWasDisabled, 'no undo step');

  await page.selectOption('[data-testid=language-select]', 'en');
  assert.match(await banner.innerText(), /This change was not made: Another dimension already has the id "team"/);

  await page.click('[data-testid=dismiss-edit-refused]');
  await banner.waitFor({ state: 'detached' });
});
