// Baton's service worker: when the network is gone, a page says Baton is offline. It keeps nothing but that
// page and what it shows, and never answers the API's or the hubs' traffic, which always goes to the server.

// Raise the version whenever the offline page or one of its files changes: browsers then fetch them anew
// and drop the old copy.
const version = 1;
const cacheName = `baton-offline-v${version}`;
const offlinePage = '/offline.html';
const shell = [offlinePage, '/offline.css', '/offline.js', '/favicon.svg', '/icons/icon-192.png'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.addAll(shell.map((path) => new Request(path, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith('baton-') && name !== cacheName)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (
    request.method !== 'GET' ||
    url.origin !== self.location.origin ||
    /^\/(api|hubs)(\/|$)/.test(url.pathname)
  ) {
    // Not answered here: the browser fetches it as if there were no service worker.
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() =>
        caches.match(offlinePage, { cacheName }).then((page) => page ?? Response.error()),
      ),
    );
    return;
  }
  if (shell.includes(url.pathname)) {
    // The offline page's own files, which it needs while there is no network.
    event.respondWith(
      caches.match(url.pathname, { cacheName }).then((cached) => cached ?? fetch(request)),
    );
  }
});
