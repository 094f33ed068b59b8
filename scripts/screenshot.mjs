// Takes screenshots of the served app for a person to look at:
//   node scripts/screenshot.mjs URL OUT.png [--lang en] [--tab data] [--width 1366] [--height 768] [--click SELECTOR]
// Uses the e2e helpers (Debian's Chromium, fresh profile).
import { openForShots, saveShot, shotArgs } from '../tests/e2e/helpers.mjs';

const args = shotArgs();
const { opt } = args;
const { page, close } = await openForShots(args);
if (opt('period')) await page.selectOption('[data-testid=period-select]', opt('period'));
if (opt('tab')) await page.click(`[data-testid=tab-${opt('tab')}]`);
if (opt('click')) await page.click(opt('click'));
await saveShot(page, close, args);
