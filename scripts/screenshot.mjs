// Takes screenshots of the served app for a person to look at:
//   node scripts/screenshot.mjs URL OUT.png [--lang en] [--tab data] [--width 1366] [--height 768] [--click SELECTOR]
// Uses the e2e helpers (Debian's Chromium, fresh profile).
import { launch } from '../tests/e2e/helpers.mjs';

const [url, out, ...rest] = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : dflt;
};
const { page, close } = await launch({
  viewport: { width: Number(opt('width', 1366)), height: Number(opt('height', 768)) },
});
page.on('console', (m) => { if (m.type() === 'error') console.error('console:', m.text()); });
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(url);
await page.waitForSelector('.app', { timeout: 20000 });
if (opt('lang')) await page.selectOption('[data-testid=language-select]', opt('lang') === 'en' ? 'en' : 'zh-CN');
if (opt('period')) await page.selectOption('[data-testid=period-select]', opt('period'));
if (opt('tab')) await page.click(`[data-testid=tab-${opt('tab')}]`);
if (opt('click')) await page.click(opt('click'));
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: rest.includes('--full') });
console.log(out);
await close();
