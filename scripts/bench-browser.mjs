// Browser benchmark: how fast the engine and the UI recompute on the demo, in headless Chromium.
//   node scripts/bench-browser.mjs [APP_URL]      (serve dist/ first, e.g. scripts/serve.sh)
// Prints mean milliseconds per operation against goals; never fails on time.
// Goals (wasm, release build, this 2-core machine): score a period < 60 ms, annual < 80 ms,
// a recompute after a period switch (select → table re-rendered) < 150 ms.
import { launch, APP_URL } from '../tests/e2e/helpers.mjs';

const url = process.argv[2] ?? APP_URL;
const { page, close } = await launch({ viewport: { width: 1366, height: 768 } });
await page.goto(url);
await page.waitForSelector('[data-testid=results-table]', { timeout: 30000 });

const engine = await page.evaluate(async () => {
  const api = window.scorecard;
  const ws = JSON.parse(localStorage.getItem('scorecard.workspace.v1'));
  const periods = ws.plan.periods.map((p) => p.id);
  const time = (f, n) => {
    f();
    const t0 = performance.now();
    for (let i = 0; i < n; i++) f();
    return (performance.now() - t0) / n;
  };
  const out = { units: ws.units.length, records: ws.records.length };
  out.validate = time(() => api.validate(ws), 20);
  out.period = time(() => api.score(ws, { period: periods[periods.length - 1] }), 20);
  out.annual = time(() => api.score(ws, { period: 'annual' }), 20);
  return out;
});

// UI: switch period and wait for the table to show the new period's figures.
const periods = await page.$$eval('[data-testid=period-select] option', (os) => os.map((o) => o.value));
const uiTimes = [];
for (let round = 0; round < 3; round++) {
  for (const p of periods) {
    const t = await page.evaluate(async (p) => {
      const sel = document.querySelector('[data-testid=period-select]');
      const t0 = performance.now();
      sel.value = p;
      sel.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now() - t0;
    }, p);
    uiTimes.push(t);
  }
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const row = (name, ms, goal) =>
  console.log(`${name.padEnd(48)} ${ms.toFixed(1).padStart(8)} ms  (goal < ${goal} ms)  ${ms <= goal ? 'ok' : 'OVER GOAL'}`);
console.log(`demo in the browser: ${engine.units} units, ${engine.records} records`);
row('validate (window.scorecard.validate)', engine.validate, 30);
row('score the last period (window.scorecard.score)', engine.period, 60);
row('score annual (window.scorecard.score)', engine.annual, 80);
row(`UI recompute: period switch → table (${uiTimes.length} runs)`, mean(uiTimes), 150);
await close();
