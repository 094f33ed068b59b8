// End to end: the built page carries a Content-Security-Policy (scripts/csp.py, a Trunk
// post-build hook) that allows no inline script but Trunk's own loader (by its hash), no
// plugins and no <base>; the whole app works under it — every screen and sub-view, an
// import — without one violation; and the policy is really enforced: a script injected
// into the page does not run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { freshVisit, importExample, useBrowser } from './helpers.mjs';

const browser = useBrowser();

/** Collects the page's CSP violations (from before the first script runs). */
async function watchViolations(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return () => page.evaluate(() => window.__csp);
}

test('the policy forbids inline scripts, plugins and <base>', async () => {
  const { page } = browser;
  await freshVisit(page);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.ok(csp, 'the page has a CSP meta');
  const directives = Object.fromEntries(
    csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]),
  );
  assert.ok(directives['script-src'], 'script-src is set');
  assert.ok(!directives['script-src'].includes("'unsafe-inline'"), 'no unsafe-inline for scripts');
  assert.ok(!directives['script-src'].includes("'unsafe-eval'"), 'no unsafe-eval');
  assert.ok(directives['script-src'].some((s) => s.startsWith("'sha256-")), 'the loader by its hash');
  assert.deepEqual(directives['object-src'], ["'none'"]);
  assert.deepEqual(directives['base-uri'], ["'none'"]);
});

test('every screen and an import work under the policy, with no violation', async () => {
  const { page } = browser;
  const violations = await watchViolations(page);
  await freshVisit(page);
  for (const tab of ['data', 'plan', 'simulate', 'people', 'files', 'results']) {
    await page.click(`[data-testid=tab-${tab}]`);
    if (tab === 'simulate') {
      for (const sub of ['sim-scenarios', 'sim-self', 'sim-appeals', 'sim-stability']) {
        await page.click(`[data-testid=${sub}]`);
      }
    }
  }
  await importExample(page);
  assert.deepEqual(await violations(), [], 'no CSP violation');
});

test('an injected inline script does not run', async () => {
  const { page } = browser;
  const violations = await watchViolations(page);
  await freshVisit(page);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true;';
    document.head.appendChild(s);
  });
  await page.waitForFunction(() => window.__csp.length > 0);
  assert.equal(await page.evaluate(() => window.__injected), undefined, 'the script was blocked');
  assert.match((await violations()).join('\n'), /script-src/);
});
