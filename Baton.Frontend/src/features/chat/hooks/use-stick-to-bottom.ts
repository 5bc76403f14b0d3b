import { useCallback, useEffect, useRef, useState } from 'react';

// How close to the bottom (pixels) still counts as reading the newest line.
const bottomSlack = 80;

export type StickToBottom = {
  /** Whether the list follows new content; false once the reader scrolls up. */
  stuck: boolean;
  /** Hands the hook the element that scrolls. */
  scrollerRef: (element: HTMLElement | Window | null) => void;
  /** Call whenever the content's height changes: a following list moves to the new bottom. */
  contentResized: () => void;
  /** Follows again and goes to the bottom: the reader sent a message or asked for the newest. */
  jumpToBottom: () => void;
};

/**
 * Keeps a chat list on its newest line while content grows, however much it grows at once.
 * Only the reader leaves the bottom: a scroll upwards that ends away from the bottom stops the
 * following, and scrolling back down to the bottom resumes it. Growth below the viewport never
 * does, which is what a distance check alone gets wrong when one update adds more than the slack
 * (a tall prompt on a narrow screen).
 */
export function useStickToBottom(): StickToBottom {
  const [stuck, setStuck] = useState(true);
  const stuckRef = useRef(true);
  const scroller = useRef<HTMLElement | null>(null);
  const lastScrollTop = useRef(0);
  const detach = useRef<(() => void) | undefined>(undefined);

  const follow = useCallback((value: boolean) => {
    stuckRef.current = value;
    setStuck(value);
  }, []);

  const placedWait = useRef<number | undefined>(undefined);

  const scrollToBottom = useCallback(function moveToBottom() {
    const element = scroller.current;
    if (element === null) {
      return;
    }
    if (!listPlaced(element)) {
      // Turns that arrive while the list still places itself (a run streaming or a terminal's turns
      // read right after the page opened) need this move: once placed, the list resizes no more, so
      // nothing else would carry it down to them. Try again each frame until the list shows its items.
      placedWait.current ??= requestAnimationFrame(() => {
        placedWait.current = undefined;
        if (stuckRef.current) {
          moveToBottom();
        }
      });
      return;
    }
    element.scrollTop = element.scrollHeight;
    lastScrollTop.current = element.scrollTop;
  }, []);

  const scrollerRef = useCallback(
    (element: HTMLElement | Window | null) => {
      detach.current?.();
      detach.current = undefined;
      scroller.current = element instanceof HTMLElement ? element : null;
      if (!(element instanceof HTMLElement)) {
        return;
      }
      lastScrollTop.current = element.scrollTop;
      const onScroll = () => {
        const { scrollTop, scrollHeight, clientHeight } = element;
        if (scrollHeight - scrollTop - clientHeight <= bottomSlack) {
          follow(true);
        } else if (scrollTop < lastScrollTop.current) {
          follow(false);
        }
        lastScrollTop.current = scrollTop;
      };
      element.addEventListener('scroll', onScroll, { passive: true });
      detach.current = () => {
        element.removeEventListener('scroll', onScroll);
      };
    },
    [follow],
  );

  // The listener and a move still waiting for the list to place itself go with the list.
  useEffect(
    () => () => {
      detach.current?.();
      if (placedWait.current !== undefined) {
        cancelAnimationFrame(placedWait.current);
      }
    },
    [],
  );

  const contentResized = useCallback(() => {
    if (stuckRef.current) {
      scrollToBottom();
    }
  }, [scrollToBottom]);

  const jumpToBottom = useCallback(() => {
    follow(true);
    scrollToBottom();
  }, [follow, scrollToBottom]);

  return { stuck, scrollerRef, contentResized, jumpToBottom };
}

/**
 * Virtuoso keeps its items hidden until it has scrolled to the item it opens at, and learns that it
 * got there from the scroll event of that move. Moving the scroller before it would leave nothing
 * for that move to do, no event, and the list hidden for good: until then the list places itself.
 */
function listPlaced(scroller: HTMLElement): boolean {
  const items = scroller.querySelector<HTMLElement>('[data-testid="virtuoso-item-list"]');
  return items?.style.visibility !== 'hidden';
}
