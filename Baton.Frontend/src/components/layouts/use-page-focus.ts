import { useEffect, type RefObject } from 'react';
import { useLocation } from 'react-router';

// How long a page may take to show its target (a lazily loaded route, a query): ~2 s of frames.
const framesToWait = 120;

/**
 * Moves focus into the page that opened, as a page load would: to the element marked
 * `data-autofocus` (where the person writes), else the page's first heading. Without it, focus
 * falls to the document when the element that navigated goes away, and a keyboard or
 * screen-reader user starts again from the top.
 */
export function usePageFocus(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();

  useEffect(() => {
    let frame = 0;
    let framesLeft = framesToWait;
    let heading: HTMLElement | null = null;
    const tryFocus = () => {
      const root = main.current;
      const autofocus = root?.querySelector<HTMLElement>('[data-autofocus]');
      if (autofocus !== null && autofocus !== undefined) {
        // Unless the person has moved on from the heading meanwhile.
        const active = document.activeElement;
        if (heading === null || active === heading || active === document.body) {
          autofocus.focus({ preventScroll: true });
        }
        return;
      }
      if (heading === null) {
        heading = root?.querySelector<HTMLElement>('h2') ?? null;
        if (heading !== null) {
          heading.tabIndex = -1;
          heading.focus({ preventScroll: true });
        }
      }
      // A lazily loaded part of the page may still bring a place to write.
      if (framesLeft-- > 0) {
        frame = requestAnimationFrame(tryFocus);
      }
    };
    tryFocus();
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [main, pathname]);
}
