// Baton's service worker: when the network is gone, a page says Baton is offline; and it shows the
// notifications Baton pushes while nobody is looking, and answers a permission prompt from the
// notification's Allow and Deny buttons. It has no hub connection and no sign-in: a prompt's notification
// carries a token that answers that one prompt. It keeps nothing but the offline page and what that page
// shows, and never answers the API's or the hubs' traffic, which always goes to the server.

// Raise the version whenever the offline page or one of its files changes: browsers then fetch them anew
// and drop the old copy.
const version = 1;
const cacheName = `baton-offline-v${version}`;
const offlinePage = '/offline.html';
const shell = [offlinePage, '/offline.css', '/offline.js', '/favicon.svg', '/icons/icon-192.png'];

// The offline page's copy is made, and older copies dropped, while installing: activation then stays as quick
// as it can be, so a push that wakes a worker just activated finds it ready.
self.addEventListener('install', (event) => {
  void self.skipWaiting();
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.addAll(shell.map((path) => new Request(path, { cache: 'reload' }))))
      .then(() => caches.keys())
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith('baton-') && name !== cacheName)
            .map((name) => caches.delete(name)),
        ),
      ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
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

self.addEventListener('push', (event) => {
  const notice = event.data?.json();
  if (!notice) {
    return;
  }
  event.waitUntil(
    self.registration.showNotification(notice.title, {
      body: notice.body,
      tag: notice.tag,
      data: notice,
      icon: '/favicon.svg',
      // A prompt waits for an answer: it stays until it gets one.
      requireInteraction: notice.answer != null,
      actions: notice.answer
        ? [
            { action: 'allow', title: 'Allow' },
            { action: 'deny', title: 'Deny' },
          ]
        : [],
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  const notice = event.notification.data;
  event.notification.close();
  if ((event.action === 'allow' || event.action === 'deny') && notice.answer) {
    event.waitUntil(answer(notice, event.action));
  } else {
    event.waitUntil(open(notice.url));
  }
});

async function answer(notice, decision) {
  const response = await fetch('/api/push/prompt-answers', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token: notice.answer.token, decision }),
  });
  if (response.ok) {
    return;
  }
  // Answered elsewhere, expired or refused: say so, and let a click open the conversation.
  const problem = await response.json().catch(() => ({}));
  await self.registration.showNotification(notice.title, {
    body: problem.detail ?? 'Baton could not take this answer. Open the conversation to answer.',
    tag: notice.tag,
    data: { ...notice, answer: null },
  });
}

async function open(url) {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const tab = windows.find((client) => new URL(client.url).origin === self.location.origin);
  if (tab) {
    await tab.focus();
    // A tab this worker controls can be sent to the conversation; any other opens a new one.
    if (tab.navigate) {
      const navigated = await tab.navigate(url).catch(() => null);
      if (navigated) {
        return;
      }
    }
  }
  await self.clients.openWindow(url);
}
