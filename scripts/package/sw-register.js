// Registers the service worker (sw.js) of the packaged site, and shows a small notice
// (data-testid="update-available") when a new version has been downloaded and is waiting:
// its button lets the new version take over and reloads the page. Plain script, no inline
// code (the page's Content-Security-Policy allows only same-origin script files).
(() => {
  if (!('serviceWorker' in navigator)) return;
  const TEXT = {
    'zh-CN': ['有新版本可用。', '重新载入'],
    en: ['A new version is available.', 'Reload'],
  };
  let reloading = false;

  function notify(worker) {
    if (document.querySelector('[data-testid="update-available"]')) return;
    const lang = (document.documentElement.lang || '').startsWith('en') ? 'en' : 'zh-CN';
    const [message, action] = TEXT[lang];
    const box = document.createElement('div');
    box.className = 'update-available';
    box.lang = lang;
    box.setAttribute('role', 'status');
    box.dataset.testid = 'update-available';
    const text = document.createElement('span');
    text.textContent = message;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = action;
    button.dataset.testid = 'update-reload';
    button.addEventListener('click', () => {
      button.disabled = true;
      reloading = true;
      worker.postMessage('skip-waiting');
    });
    box.append(text, ' ', button);
    document.body.append(box);
  }

  // Only the tab whose user accepted the update reloads; other tabs keep their page.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });

  function watch(worker) {
    if (!worker) return;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) notify(worker);
    });
  }

  navigator.serviceWorker
    .register('./sw.js')
    .then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) notify(registration.waiting);
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
      // A tab left open for days still hears of a new version.
      setInterval(() => registration.update().catch(() => {}), 60 * 60 * 1000);
    })
    .catch((err) => console.warn('scorecard: service worker not registered:', err));
})();
