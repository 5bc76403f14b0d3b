import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// A find waits for what the user would see; with every core running test files, a first render that
// loads its routes can take longer than the default second on a small machine.
configure({ asyncUtilTimeout: 5000 });

// jsdom lays nothing out, so it has no scrolling; the list scrolls by an offset when earlier
// messages are prepended. Tests that run in plain Node have no Element at all.
if (typeof Element !== 'undefined') {
  Element.prototype.scrollBy = function scrollBy() {
    // Nothing to move without a layout.
  };
  Element.prototype.scrollIntoView = function scrollIntoView() {
    // Nothing to bring into view without a layout.
  };
}

// jsdom has no media queries: every test sees a wide screen.
if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }) as unknown as MediaQueryList;
}
