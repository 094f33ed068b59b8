// Service worker of the packaged site (target/package/site/, built by scripts/package.sh).
// scripts/package.py fills VERSION (a hash of every file of the site) and FILES (every file,
// relative to this worker's folder), so a new build is a new worker.
//
// install:  precache FILES in the cache `scorecard-VERSION` (fresh from the server).
// activate: delete the caches of older versions.
// fetch:    answer GET requests inside the scope from this version's cache (a navigation to
//           the folder or index.html, any query, gets the cached page); anything else goes to
//           the network as usual.
// message 'skip-waiting': a waiting new version takes over (sent by sw-register.js when the
//           user accepts the update notice).
const VERSION = 'dev';
const FILES = [];

const PREFIX = 'scorecard-';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))),
      ),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: request.mode === 'navigate' }))
      .then((hit) => hit || fetch(request)),
  );
});
