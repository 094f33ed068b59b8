// Profiles one app interaction in headless Chromium (issue 8: find the time before removing
// it): imports a generated workspace, then records a CPU profile (Chrome DevTools Protocol)
// of period switches or typed digits, and prints the functions with the most self time.
//   node scripts/profile-browser.mjs APP_URL [switch|type|stability] [UNITS] [PERIODS]
// (stability: a run of 10 000 samples on the default period, from the button to the table)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, ROOT } from '../tests/e2e/helpers.mjs';

const [url = 'http://127.0.0.1:8080/', what = 'switch', units = '200', periods = '5'] = process.argv.slice(2);
const path = join(mkdtempSync(join(tmpdir(), 'scorecard-prof-')), 'ws.json');
writeFileSync(path, execFileSync('python3', [join(ROOT, 'scripts/bench/gen_large.py'), units, periods], { maxBuffer: 1 << 30 }));

const { page, close } = await launch({ viewport: { width: 1366, height: 768 } });
await page.goto(url);
await page.waitForSelector('[data-testid=results-table]', { timeout: 30000 });
// EXTRA_CSS='rule': try a style rule (through the CSSOM, which the page's policy allows).
if (process.env.EXTRA_CSS) {
  const applied = await page.evaluate((r) => {
    const sheet = document.styleSheets[document.styleSheets.length - 1];
    sheet.insertRule(r, sheet.cssRules.length);
    return sheet.cssRules[sheet.cssRules.length - 1].cssText;
  }, process.env.EXTRA_CSS);
  console.log(`style rule added: ${applied}`);
}
await page.click('[data-testid=tab-files]');
await page.setInputFiles('[data-testid=import-workspace]', path);
await page.click('[data-testid=tab-results]');
await page.waitForSelector(`tr[data-unit]`, { timeout: 60000 });
const options = await page.$$eval('[data-testid=period-select] option', (os) => os.map((o) => o.value));
const act = async (i) => {
  if (what === 'stability') {
    await page.evaluate(async () => {
      document.querySelector('[data-testid=stability-run]').click();
      while (!document.querySelector('[data-testid=stability-table]')) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    });
    // Back to the settings, for the next run.
    await page.click('[data-testid=sim-scenarios]');
    await page.click('[data-testid=sim-stability]');
    await page.fill('[data-testid=stability-samples]', '10000');
  } else if (what === 'switch') {
    await page.evaluate(async (p) => {
      const sel = document.querySelector('[data-testid=period-select]');
      sel.value = p;
      sel.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }, options[i % options.length]);
  } else {
    await page.evaluate(async (digit) => {
      const input = document.querySelector('[data-testid=data-grid] input[inputmode=decimal]');
      input.value = `${input.value.replace(/\d$/, '')}${digit}`;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }, String(i % 10));
  }
};
if (what === 'type') {
  await page.click('[data-testid=tab-data]');
  const opts = await page.$$eval('[data-testid=data-period] option', (os) => os.map((o) => o.value));
  await page.selectOption('[data-testid=data-period]', opts.filter((o) => o !== 'annual').pop());
  await page.waitForSelector('[data-testid=data-grid] input[inputmode=decimal]');
}
if (what === 'stability') {
  await page.click('[data-testid=tab-simulate]');
  await page.click('[data-testid=sim-stability]');
  await page.fill('[data-testid=stability-samples]', '10000');
}
for (let i = 0; i < (what === 'stability' ? 1 : options.length); i++) await act(i); // warm: every period computed once
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
const metrics = async () =>
  Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
const m0 = await metrics();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const t0 = Date.now();
const n = what === 'stability' ? 3 : 12;
for (let i = 0; i < n; i++) await act(i);
const ms = (Date.now() - t0) / n;
const { profile } = await cdp.send('Profiler.stop');
const m1 = await metrics();
const per = (k) => (((m1[k] ?? 0) - (m0[k] ?? 0)) * 1000) / n;
console.log(
  `per action: script ${per('ScriptDuration').toFixed(1)} ms, style ${per('RecalcStyleDuration').toFixed(1)} ms, layout ${per('LayoutDuration').toFixed(1)} ms (${(per('LayoutCount') / 1000).toFixed(1)} layouts), task ${per('TaskDuration').toFixed(1)} ms`,
);
const self = new Map();
const dt = profile.timeDeltas;
const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
let total = 0;
for (const [id, us] of counts) {
  const f = byId.get(id).callFrame;
  const name = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}`;
  self.set(name, (self.get(name) ?? 0) + us);
  total += us;
}
console.log(`${what}: ${ms.toFixed(1)} ms per action (${n}), profile ${(total / 1000).toFixed(0)} ms`);
for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
  console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`);
}
await close();
