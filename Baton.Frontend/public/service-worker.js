// Baton's service worker: shows the notifications Baton pushes while nobody is looking, and answers a
// permission prompt from the notification's Allow and Deny buttons. It has no hub connection and no
// sign-in: a prompt's notification carries a token that answers that one prompt.

self.addEventListener('install', () => {
  void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
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
