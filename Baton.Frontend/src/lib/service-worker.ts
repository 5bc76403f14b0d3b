/**
 * Baton's one service worker (public/service-worker.js): it shows a page saying Baton is offline when the
 * network is gone, and shows and answers pushed notifications.
 */
export const serviceWorkerUrl = '/service-worker.js';

export function registerServiceWorker(): Promise<ServiceWorkerRegistration> | null {
  if (!('serviceWorker' in navigator)) {
    return null;
  }
  return navigator.serviceWorker.register(serviceWorkerUrl);
}
