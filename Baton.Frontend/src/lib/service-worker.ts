/**
 * Installs Baton's service worker (`public/sw.js`), which shows a page saying Baton is offline when a
 * page opens without a network. In development too, so the browser tests meet what a deployment serves.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) {
    return;
  }
  // After the page's own loading, which the worker's install would otherwise compete with.
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch((error: unknown) => {
      console.warn('Baton could not install its offline page.', error);
    });
  });
}
