// Browser benchmark (issue 8): the engine and the app in headless Chromium, on the demo and
// on generated workspaces (scripts/bench/gen_large.py), and what a first visit downloads.
//   node scripts/bench-browser.mjs [APP_URL]      (serve dist/ first: scripts/serve.sh, or
//                                                  python3 -m http.server --directory dist)
// Prints each figure beside its goal (medians over several runs); never fails on time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, APP_URL, ROOT } from '../tests/e2e/helpers.mjs';

const url = process.argv[2] ?? APP_URL;
const TMP = mkdtempSync(join(tmpdir(), 'scorecard-bench-'));
const generate = (units, periods) => {
  const text = execFileSync('python3', [join(ROOT, 'scripts/bench/gen_large.py'), String(units), String(periods)], {
    maxBuffer: 1 << 30,
  }).toString();
  const path = join(TMP, `ws-${units}x${periods}.json`);
  writeFileSync(path, text);
  return { text, path };
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (name, ms, goal, unit = 'ms') =>
  console.log(
    `${name.padEnd(58)} ${ms.toFixed(1).padStart(9)} ${unit}  (goal ≤ ${goal} ${unit})  ${ms <= goal ? 'ok' : 'OVER GOAL'}`,
  );
// The next paint: the frame's callbacks, then a task queued from them, which runs once that
// frame is painted (two frames would add up to 16.7 ms of waiting to every figure).
const nextPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

const { page, close } = await launch({ viewport: { width: 1366, height: 768 } });

// First visit: every file the page loads, gzip -9, as a server would send it.
const loaded = [];
page.on('response', (r) => loaded.push(r));
await page.goto(url);
await page.waitForSelector('[data-testid=results-table]', { timeout: 30000 });
let firstVisit = 0;
const kinds = {};
for (const r of loaded) {
  const u = new URL(r.url());
  if (!/\.(wasm|js|css|html)$/.test(u.pathname) && u.pathname !== '/') continue;
  const body = await r.body().catch(() => Buffer.alloc(0));
  const gz = gzipSync(body, { level: 9 }).length;
  const kind = u.pathname === '/' ? 'html' : u.pathname.split('.').pop();
  kinds[kind] = (kinds[kind] ?? 0) + gz;
  firstVisit += gz;
}
console.log(`first visit (gzip -9): ${Object.entries(kinds).map(([k, b]) => `${k} ${(b / 1024).toFixed(0)} KB`).join(', ')}`);
row('first visit download (wasm + js + css + html, gzip)', firstVisit / 1024, 350, 'KB');

// The engine through window.scorecard, on the demo and generated sizes.
const engineTimes = async (wsText, runs) =>
  page.evaluate(
    ([t, runs]) => {
      const ws = JSON.parse(t);
      const last = ws.plan.periods[ws.plan.periods.length - 1].id;
      const times = [];
      window.scorecard.score(ws, { period: last });
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        window.scorecard.score(ws, { period: last });
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)];
    },
    [wsText, runs],
  );
const demo = await page.evaluate(() => localStorage.getItem('scorecard.workspace.v1'));
row('window.scorecard.score, demo (20 units × 5), last period', await engineTimes(demo, 9), 20);
const w200 = generate(200, 5);
row('window.scorecard.score, 200 units × 5 periods, last period', await engineTimes(w200.text, 5), 20);
const w10k = generate(10000, 1);
row('window.scorecard.score, 10 000 units × 1 period', await engineTimes(w10k.text, 3), 300);

// The app: a period switch → results repainted.
const periodSwitch = async () => {
  const periods = await page.$$eval('[data-testid=period-select] option', (os) => os.map((o) => o.value));
  const times = [];
  for (let round = 0; round < 3; round++) {
    for (const p of periods) {
      times.push(
        await page.evaluate(async (p) => {
          const sel = document.querySelector('[data-testid=period-select]');
          const t0 = performance.now();
          sel.value = p;
          sel.dispatchEvent(new Event('change', { bubbles: true }));
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          return performance.now() - t0;
        }, p),
      );
    }
  }
  return times;
};
// A typed digit in the Data grid → next paint.
const typedDigit = async () => {
  await page.click('[data-testid=tab-data]');
  // The grid edits one period: the last one (the period select may be on "annual").
  const opts = await page.$$eval('[data-testid=data-period] option', (os) => os.map((o) => o.value));
  await page.selectOption('[data-testid=data-period]', opts.filter((o) => o !== 'annual').pop());
  await page.waitForSelector('[data-testid=data-grid] input[inputmode=decimal]');
  const times = [];
  for (let i = 0; i < 5; i++) {
    times.push(
      await page.evaluate(async (digit) => {
        const input = document.querySelector('[data-testid=data-grid] input[inputmode=decimal]');
        const t0 = performance.now();
        input.value = `${input.value.replace(/\d$/, '')}${digit}`;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - t0;
      }, String(i % 10)),
    );
  }
  await page.click('[data-testid=tab-results]');
  return times;
};
// A key typed into the Data grid, as a user types it (a trusted key press), timed by the
// browser's Event Timing: from the key press to the next paint after it was handled (rounded
// to 8 ms; a press painted within 16 ms is not reported, and counts as 16 ms here). Work the
// app queues for after the paint (saving the workspace) is not in it, as it is not in what
// the user sees; the figures above, timed from the page, include it.
const typedKeys = async () => {
  await page.click('[data-testid=tab-data]');
  const opts = await page.$$eval('[data-testid=data-period] option', (os) => os.map((o) => o.value));
  await page.selectOption('[data-testid=data-period]', opts.filter((o) => o !== 'annual').pop());
  const input = page.locator('[data-testid=data-grid] input[inputmode=decimal]').first();
  await input.click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    window.__keys = [];
    new PerformanceObserver((l) =>
      l.getEntries().forEach((e) => e.name === 'keydown' && window.__keys.push(e.duration)),
    ).observe({ type: 'event', durationThreshold: 16 });
  });
  const presses = 9;
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press(String(i % 10));
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(300);
  const seen = await page.evaluate(() => window.__keys);
  await page.click('[data-testid=tab-results]');
  return [...seen, ...Array(Math.max(0, presses - seen.length)).fill(16)];
};
let t = await periodSwitch();
row(`app: period switch → repainted, demo (median of ${t.length})`, median(t), 50);
row('app: a typed digit in the Data grid → next paint, demo (median)', median(await typedDigit()), 16);
row('app: a key typed in the Data grid → next paint (Event Timing), demo', median(await typedKeys()), 16);

// Import a 200-unit workspace → its results shown.
await page.click('[data-testid=tab-files]');
const t0 = Date.now();
await page.setInputFiles('[data-testid=import-workspace]', w200.path);
await page.click('[data-testid=tab-results]');
await page.waitForSelector('[data-testid=results-table][aria-rowcount="201"] tbody tr[data-unit]', { timeout: 60000 });
row('app: import a 200-unit workspace → results shown', Date.now() - t0, 300);
t = await periodSwitch();
row(`app: period switch → repainted, 200 units × 5 (median of ${t.length})`, median(t), 50);
console.log(`${''.padEnd(58)} max ${Math.max(...t).toFixed(1)} ms`);
row('app: a typed digit in the Data grid → next paint, 200 units', median(await typedDigit()), 50);
row('app: a key typed in the Data grid → next paint (Event Timing), 200 units', median(await typedKeys()), 50);

// Rank stability, 10 000 samples, 200 units: the longest task on the page's thread while it runs.
await page.click('[data-testid=tab-simulate]');
await page.click('[data-testid=sim-stability]');
await page.fill('[data-testid=stability-samples]', '10000');
const stab = await page.evaluate(async () => {
  const tasks = [];
  const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => tasks.push(e.duration)));
  obs.observe({ entryTypes: ['longtask'] });
  const t0 = performance.now();
  document.querySelector('[data-testid=stability-run]').click();
  while (!document.querySelector('[data-testid=stability-table]')) await new Promise((r) => setTimeout(r, 5));
  const table = performance.now() - t0;
  // The heatmap's rows are drawn a batch per task after the table.
  while (!document.querySelector('[data-testid=stability-heatmap][aria-busy=false]')) await new Promise((r) => setTimeout(r, 5));
  const total = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 100)); // the last long-task entries
  obs.disconnect();
  return { table, total, longest: Math.max(0, ...tasks) };
});
row('stability, 10 000 samples × 200 units: run → results table', stab.table, 300);
row('stability: run → heatmap drawn too', stab.total, 300);
row('stability: longest task on the page thread meanwhile', stab.longest, 50);
await close();
