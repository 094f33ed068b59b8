// End to end: the offline packages of scripts/package.sh.
// - scorecard.html opened from file:// (no server) scores the demo, writes and reads a workbook
//   (the spreadsheet module inlined) and imports a workspace, with no network request and no
//   CSP violation;
// - site/ hosted under a sub-path works, and after one visit a reload with the network cut
//   (context.setOffline) still works, spreadsheets included: the service worker serves every
//   file;
// - when a new version of site/ is published, an open page shows the update notice, and
//   accepting it loads the new version.
// PACKAGE_DIR names an existing package (scripts/test.sh passes target/package); otherwise the
// package is built into a temporary folder from dist/ (or by a full `scripts/package.sh`).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { DEMO, ROOT, importExample, launch, templateRoundTrip } from './helpers.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'scorecard-offline-'));
let pkg = process.env.PACKAGE_DIR;
let server;
let base; // http://127.0.0.1:PORT/ serving `${scratch}/www`

before(async () => {
  if (!pkg) {
    pkg = join(scratch, 'package');
    const dist = join(ROOT, 'dist');
    const args = existsSync(join(dist, 'index.html')) ? ['--dist', dist] : [];
    const run = spawnSync('bash', [join(ROOT, 'scripts/package.sh'), ...args, '--out', pkg], {
      stdio: 'inherit',
    });
    assert.equal(run.status, 0, 'scripts/package.sh failed');
  }
  // Two copies of the site under sub-paths: one to visit, one to publish a new version of.
  for (const sub of ['www/apps/scorecard', 'www/update']) {
    cpSync(join(pkg, 'site'), join(scratch, sub), { recursive: true });
  }
  server = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1'], {
    cwd: join(scratch, 'www'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise((resolve, reject) => {
    server.on('exit', (code) => reject(new Error(`http.server exited (${code})`)));
    server.stdout.on('data', (chunk) => {
      const m = /port (\d+)/.exec(String(chunk));
      if (m) resolve(Number(m[1]));
    });
  });
  base = `http://127.0.0.1:${port}/`;
});

after(() => {
  server?.kill();
  rmSync(scratch, { recursive: true, force: true });
});

/** Collects CSP violations and uncaught errors of the page, from before its first script. */
async function watchPage(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return async () => ({ csp: await page.evaluate(() => window.__csp), errors });
}

/** The scope of the page's active service worker ('none' if there is none within 10 s). */
const workerScope = (page) =>
  page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then((r) => r.scope),
      new Promise((resolve) => setTimeout(() => resolve('none'), 10_000)),
    ]),
  );

/** The demo is scored: one results row per unit of the demo workspace. */
async function assertDemoScored(page) {
  await page.waitForSelector('[data-testid=results-table] tr[data-unit]');
  const rows = await page.$$eval('[data-testid=results-table] tr[data-unit]', (trs) =>
    trs.map((tr) => tr.dataset.unit),
  );
  assert.deepEqual(rows.sort(), DEMO.units.map((u) => u.id).sort(), 'a row per demo unit');
}


test('scorecard.html is one file that runs from file://: scores the demo, imports a workspace', async () => {
  const file = join(pkg, 'scorecard.html');
  const html = readFileSync(file, 'utf8');
  assert.doesNotMatch(html, /<(?:link|script)[^>]+(?:href|src)="(?!data:)/, 'no external file');
  const { context, page, close } = await launch();
  try {
    const network = [];
    context.on('request', (r) => {
      if (!/^(?:file|data|blob):/.test(r.url())) network.push(r.url());
    });
    const report = await watchPage(page);
    await page.goto(pathToFileURL(file).href);
    await assertDemoScored(page);
    await templateRoundTrip(page);
    await importExample(page);
    assert.deepEqual(network, [], 'no network request');
    assert.deepEqual(await report(), { csp: [], errors: [] }, 'no CSP violation, no error');
  } finally {
    await close();
  }
});

test('site/ works under a sub-path, and a reload works offline after one visit', async () => {
  const url = `${base}apps/scorecard/`;
  const { context, page, close } = await launch();
  try {
    const report = await watchPage(page);
    const outside = [];
    context.on('request', (r) => {
      if (!r.url().startsWith(url) && !/^(?:data|blob):/.test(r.url())) outside.push(r.url());
    });
    await page.goto(url);
    await assertDemoScored(page);
    assert.equal(
      await workerScope(page),
      url,
      'the service worker is active for the sub-path',
    );
    assert.deepEqual(outside, [], 'every request stays under the sub-path');

    await context.setOffline(true);
    await page.reload();
    await assertDemoScored(page);
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'served by the worker');
    const probe = await page.evaluate(() =>
      fetch('./not-cached.txt').then(
        () => 'reached the network',
        () => 'offline',
      ),
    );
    assert.equal(probe, 'offline', 'the network is really cut');
    await templateRoundTrip(page);
    await importExample(page);
    assert.deepEqual(await report(), { csp: [], errors: [] }, 'no CSP violation, no error');
    assert.equal(await page.$('[data-testid=update-available]'), null, 'no update notice');
  } finally {
    await close();
  }
});

test('a new version of site/ is announced, and accepting it loads it', async () => {
  const url = `${base}update/`;
  const { page, close } = await launch();
  try {
    const report = await watchPage(page);
    await page.goto(url);
    await assertDemoScored(page);
    assert.equal(await workerScope(page), url, 'the service worker is active');
    await page.reload(); // now controlled by the worker
    await assertDemoScored(page);
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null));
    assert.equal(await page.$('[data-testid=update-available]'), null, 'no notice: nothing new');
    const cachesBefore = await page.evaluate(() => caches.keys());

    // Publish a new version: the worker's VERSION changes (as a new build's would).
    const sw = join(scratch, 'www/update/sw.js');
    const text = readFileSync(sw, 'utf8');
    const next = text.replace(/const VERSION = '([^']+)';/, "const VERSION = 'next-$1';");
    assert.notEqual(next, text, 'sw.js has a VERSION line');
    writeFileSync(sw, next);

    await page.reload();
    await page.waitForSelector('[data-testid=update-available]', { timeout: 15_000 });
    await Promise.all([page.waitForEvent('load'), page.click('[data-testid=update-reload]')]);
    await assertDemoScored(page);
    const cachesAfter = await page.evaluate(() => caches.keys());
    assert.equal(cachesAfter.length, 1, 'the old version is dropped');
    assert.match(cachesAfter[0], /^scorecard-next-/, 'the new version is in use');
    assert.notDeepEqual(cachesAfter, cachesBefore);
    assert.equal(await page.$('[data-testid=update-available]'), null, 'no notice after the update');
    assert.deepEqual(await report(), { csp: [], errors: [] }, 'no CSP violation, no error');
  } finally {
    await close();
  }
});
