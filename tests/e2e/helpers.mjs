// Shared helpers for the end-to-end tests (node --test tests/e2e/).
// Playwright (playwright-core only) drives Debian's /usr/bin/chromium: no browser is ever downloaded.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The served app, e.g. http://127.0.0.1:40123/ (scripts/test.sh sets it). */
export const APP_URL = process.env.APP_URL ?? 'http://127.0.0.1:8080/';

/** The browser binary; override with CHROMIUM=/path/to/chrome. */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Where screenshots go (gitignored). */
export const OUTPUT_DIR = join(HERE, 'output');

// As root Chromium needs --no-sandbox; the rest keep it from phoning home.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Launch headless Chromium with a fresh temporary profile.
 * Returns { context, page, close }; `close()` shuts the browser and deletes the profile.
 */
export async function launch({ viewport = { width: 1280, height: 800 }, locale = 'zh-CN' } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'scorecard-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, page, close };
}

/** Save a full-page PNG to tests/e2e/output/<name>.png and print its path. */
export async function screenshot(page, name) {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const path = join(OUTPUT_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path, fullPage: true });
  console.log(`screenshot: ${path}`);
  return path;
}

/**
 * Record every request the browser context makes (page, workers, ...).
 * Returns a function giving the list of URLs whose origin is not the app's own
 * (data: and blob: URLs are local and allowed).
 */
export function watchForeignRequests(context, appUrl = APP_URL) {
  const own = new URL(appUrl).origin;
  const foreign = [];
  context.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    let origin;
    try {
      origin = new URL(url).origin;
    } catch {
      origin = url;
    }
    if (origin !== own) foreign.push(url);
  });
  return () => [...foreign];
}

/** Wait until the app has rendered some visible text into the body. */
export async function waitForApp(page, timeout = 15_000) {
  await page.waitForFunction(() => document.body && document.body.innerText.trim().length > 0, null, {
    timeout,
  });
}

/**
 * A first visit: open the app, let it save its state, clear the storage, reload, and wait
 * for the results table (the demo, ranked).
 */
export async function freshVisit(page, appUrl = APP_URL) {
  await page.goto(appUrl);
  await page.waitForSelector('.app');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector('[data-testid=results-table]');
}
