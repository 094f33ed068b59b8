// Screenshots of the simulation tools after a sequence of steps, for a person to look at:
//   node scripts/sim-shots.mjs URL OUT.png [--lang en] [--width 1366] [--height 768] [--full]
//        [--step 'click:SELECTOR'] [--step 'fill:SELECTOR => TEXT'] [--step 'select:SELECTOR => VALUE']
//        [--step 'file:SELECTOR => PATH'] [--step 'wait:SELECTOR'] [--step 'sleep:MS'] [--step 'eval:JS']
// Steps run in order after the page loads; console output of `eval:` steps is printed.
import { openForShots, saveShot, shotArgs } from '../tests/e2e/helpers.mjs';

const args = shotArgs();
const { rest } = args;
const steps = rest.flatMap((a, i) => (a === '--step' ? [rest[i + 1]] : []));
const { page, close } = await openForShots(args);
for (const s of steps) {
  const [kind, ...r] = s.split(':');
  const arg = r.join(':');
  if (kind === 'click') await page.click(arg);
  else if (kind === 'fill') { const [sel, v] = arg.split(' => '); await page.fill(sel, v); }
  else if (kind === 'select') { const [sel, v] = arg.split(' => '); await page.selectOption(sel, v); }
  else if (kind === 'file') { const [sel, v] = arg.split(' => '); await page.setInputFiles(sel, v); }
  else if (kind === 'wait') await page.waitForSelector(arg, { timeout: 60000 });
  else if (kind === 'sleep') await page.waitForTimeout(Number(arg));
  else if (kind === 'eval') console.log(await page.evaluate(arg));
}
await saveShot(page, close, args);
