// Screenshots of the simulation tools after a sequence of steps, for a person to look at:
//   node scripts/sim-shots.mjs URL OUT.png [--lang en] [--width 1366] [--height 768] [--full]
//        [--step 'click:SELECTOR'] [--step 'fill:SELECTOR => TEXT'] [--step 'select:SELECTOR => VALUE']
//        [--step 'wait:SELECTOR'] [--step 'sleep:MS'] [--step 'eval:JS']
// Steps run in order after the page loads; console output of `eval:` steps is printed.
import { launch } from '../tests/e2e/helpers.mjs';

const [url, out, ...rest] = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : dflt;
};
const steps = rest.flatMap((a, i) => (a === '--step' ? [rest[i + 1]] : []));
const { page, close } = await launch({
  viewport: { width: Number(opt('width', 1366)), height: Number(opt('height', 768)) },
});
page.on('console', (m) => { if (m.type() === 'error') console.error('console:', m.text()); });
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(url);
await page.waitForSelector('.app', { timeout: 20000 });
if (opt('lang')) await page.selectOption('[data-testid=language-select]', opt('lang') === 'en' ? 'en' : 'zh-CN');
for (const s of steps) {
  const [kind, ...r] = s.split(':');
  const arg = r.join(':');
  if (kind === 'click') await page.click(arg);
  else if (kind === 'fill') { const [sel, v] = arg.split(' => '); await page.fill(sel, v); }
  else if (kind === 'select') { const [sel, v] = arg.split(' => '); await page.selectOption(sel, v); }
  else if (kind === 'wait') await page.waitForSelector(arg, { timeout: 60000 });
  else if (kind === 'sleep') await page.waitForTimeout(Number(arg));
  else if (kind === 'eval') console.log(await page.evaluate(arg));
}
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: rest.includes('--full') });
console.log(out);
await close();
