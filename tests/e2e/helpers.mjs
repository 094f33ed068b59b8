// Shared helpers for the end-to-end tests (node --test tests/e2e/).
// Playwright (playwright-core only) drives Debian's /usr/bin/chromium: no browser is ever downloaded.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The repository root. */
export const ROOT = join(HERE, '..', '..');

/** A data file of the engine (crates/engine/data/NAME), as text. */
export const dataText = (name) => readFileSync(join(ROOT, 'crates/engine/data', name), 'utf8');

/** The demo workspace, parsed. */
export const DEMO = JSON.parse(dataText('demo.json'));

/** The file-format example workspace, as text. */
export const EXAMPLE = dataText('example.json');

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
 * `bypassCSP` lets a test inject its own script (e.g. axe-core) past the page's policy.
 * Returns { context, page, close }; `close()` shuts the browser and deletes the profile.
 */
export async function launch({
  viewport = { width: 1280, height: 800 },
  locale = 'zh-CN',
  bypassCSP = false,
} = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'scorecard-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale,
    bypassCSP,
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
 * Waits until the app's work queued for after the next paint has run (the app saves the
 * workspace once the frame showing a change is painted: a frame callback, then a task; ours
 * are queued after its own, so they run after it).
 */
export const afterPaint = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

/** The workspace as the browser has saved it, once a save waiting for the next paint has run. */
export async function savedWorkspace(page) {
  await afterPaint(page);
  return page.evaluate(() => JSON.parse(localStorage.getItem('scorecard.workspace.v1')));
}

/**
 * A first visit: open the app, let it save its state, clear the storage, reload, and wait
 * for the results table (the demo, ranked).
 */
export async function freshVisit(page, appUrl = APP_URL) {
  await page.goto(appUrl);
  await page.waitForSelector('.app');
  await afterPaint(page);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector('[data-testid=results-table]');
}

/**
 * One browser for the tests of a file: launched before the first test, closed after the last.
 * Returns an object that holds { context, page, close } once the tests run.
 */
export function useBrowser(options = { viewport: { width: 1366, height: 768 } }) {
  const browser = {};
  before(async () => {
    Object.assign(browser, await launch(options));
  });
  after(async () => {
    await browser.close?.();
  });
  return browser;
}

/** Imports crates/engine/data/example.json on the Files tab and waits for its unit zd1 to be
 *  ranked on the Results tab. */
export async function importExample(page) {
  await page.click('[data-testid=tab-files]');
  await page.setInputFiles('[data-testid=import-workspace]', {
    name: 'example.json',
    mimeType: 'application/json',
    buffer: Buffer.from(EXAMPLE),
  });
  await page.click('[data-testid=tab-results]');
  await page.waitForSelector('[data-testid=results-table] tr[data-unit="zd1"]');
}

/** The published score of a unit in the results table (trimmed text). */
export const score = (page, unit) =>
  page.textContent(`tr[data-unit="${unit}"] [data-field=score]`).then((t) => t.trim());

/**
 * For the screenshot scripts: `node SCRIPT URL OUT.png [--name value ...] [--full]`.
 * Returns { url, out, rest, opt(name, default), full }.
 */
export function shotArgs(argv = process.argv.slice(2)) {
  const [url, out, ...rest] = argv;
  const opt = (name, dflt) => {
    const i = rest.indexOf(`--${name}`);
    return i >= 0 ? rest[i + 1] : dflt;
  };
  return { url, out, rest, opt, full: rest.includes('--full') };
}

/**
 * For the screenshot scripts: launch at --width × --height (default 1366 × 768), print the
 * page's errors, open `url`, wait for the app and choose --lang when given.
 * Returns { page, close }.
 */
export async function openForShots({ url, opt }) {
  const { page, close } = await launch({
    viewport: { width: Number(opt('width', 1366)), height: Number(opt('height', 768)) },
  });
  page.on('console', (m) => {
    if (m.type() === 'error') console.error('console:', m.text());
  });
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  await page.goto(url);
  await page.waitForSelector('.app', { timeout: 20000 });
  const lang = opt('lang');
  if (lang) await page.selectOption('[data-testid=language-select]', lang === 'en' ? 'en' : 'zh-CN');
  return { page, close };
}

/** For the screenshot scripts: let the page settle, save `out`, print its path, close. */
export async function saveShot(page, close, { out, full }) {
  await page.waitForTimeout(300);
  await page.screenshot({ path: out, fullPage: full });
  console.log(out);
  await close();
}

/** On the Files tab: downloads the data template (written by the on-demand spreadsheet
 *  module), checks it is an XLSX file, imports it back (read by the same module) and waits
 *  for the preview to say nothing changes. */
export async function templateRoundTrip(page) {
  await page.click('[data-testid=tab-files]');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-testid=download-template]'),
  ]);
  const path = await download.path();
  const bytes = readFileSync(path);
  if (bytes.subarray(0, 2).toString('latin1') !== 'PK') throw new Error('the template is not an XLSX file');
  await page.setInputFiles('[data-testid=import-sheet]', {
    name: download.suggestedFilename(),
    mimeType: 'application/octet-stream',
    buffer: bytes,
  });
  await page.waitForSelector('[data-testid=sheet-no-changes]', { timeout: 20_000 });
  await page.click('[data-testid=cancel-sheet]');
}
