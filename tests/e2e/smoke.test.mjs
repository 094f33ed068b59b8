// Smoke test: the built app loads, renders, has its title, and talks to no other host.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APP_URL, screenshot, useBrowser, waitForApp, watchForeignRequests } from './helpers.mjs';

const browser = useBrowser({ viewport: { width: 1280, height: 800 } });

test('app loads, renders, and makes no request outside its own origin', async () => {
  const { context, page } = browser;
  const foreign = watchForeignRequests(context);
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));

  const response = await page.goto(APP_URL, { waitUntil: 'load' });
  assert.ok(response?.ok(), `GET ${APP_URL} -> ${response?.status()}`);
  await waitForApp(page);
  await page.waitForLoadState('networkidle');

  assert.equal(await page.title(), '结果 · 目标考核计分器', 'the title names the open screen');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.deepEqual(foreign(), [], 'requests to other hosts');
  assert.deepEqual(errors, [], 'uncaught page errors');

  await screenshot(page, 'smoke');
});
