import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStickToBottom } from '@/features/chat/hooks/use-stick-to-bottom';

// jsdom lays nothing out: this scroller has the heights a browser would give it.
function fakeScroller(clientHeight: number, scrollHeight: number) {
  const element = document.createElement('div');
  let height = scrollHeight;
  Object.defineProperty(element, 'clientHeight', { get: () => clientHeight });
  Object.defineProperty(element, 'scrollHeight', { get: () => height });
  let top = 0;
  Object.defineProperty(element, 'scrollTop', {
    get: () => top,
    set: (value: number) => {
      top = Math.max(0, Math.min(value, height - clientHeight));
    },
  });
  return {
    element,
    get bottomGap() {
      return height - top - clientHeight;
    },
    grow(by: number) {
      height += by;
    },
    scrollTo(value: number) {
      element.scrollTop = value;
      element.dispatchEvent(new Event('scroll'));
    },
  };
}

function renderStuckAtBottom() {
  const scroller = fakeScroller(600, 2_000);
  const hook = renderHook(() => useStickToBottom());
  act(() => {
    hook.result.current.scrollerRef(scroller.element);
  });
  act(() => {
    hook.result.current.jumpToBottom();
  });
  return { scroller, hook };
}

describe('useStickToBottom', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps the newest line in view when the content grows by more than a screen at once', () => {
    const { scroller, hook } = renderStuckAtBottom();

    // A prompt taller than the screen lands below the last line, as on a narrow phone.
    scroller.grow(900);
    act(() => {
      hook.result.current.contentResized();
    });

    expect(scroller.bottomGap).toBe(0);
    expect(hook.result.current.stuck).toBe(true);
  });

  it('stops following when the reader scrolls up, and leaves them where they are', () => {
    const { scroller, hook } = renderStuckAtBottom();

    act(() => {
      scroller.scrollTo(300);
    });
    scroller.grow(500);
    act(() => {
      hook.result.current.contentResized();
    });

    expect(hook.result.current.stuck).toBe(false);
    expect(scroller.element.scrollTop).toBe(300);
  });

  it('follows again once the reader scrolls back down to the bottom', () => {
    const { scroller, hook } = renderStuckAtBottom();
    act(() => {
      scroller.scrollTo(300);
    });

    act(() => {
      scroller.scrollTo(1_390);
    });
    scroller.grow(400);
    act(() => {
      hook.result.current.contentResized();
    });

    expect(hook.result.current.stuck).toBe(true);
    expect(scroller.bottomGap).toBe(0);
  });

  it('jumps to the newest line and follows again when asked, as when the reader sends a message', () => {
    const { scroller, hook } = renderStuckAtBottom();
    act(() => {
      scroller.scrollTo(100);
    });
    scroller.grow(700);

    act(() => {
      hook.result.current.jumpToBottom();
    });

    expect(hook.result.current.stuck).toBe(true);
    expect(scroller.bottomGap).toBe(0);
  });

  it('stays following when content above shrinks and the browser pulls the scroll position up', () => {
    const { scroller, hook } = renderStuckAtBottom();

    // A resolved prompt collapses: the browser clamps scrollTop to the new, shorter bottom.
    scroller.grow(-300);
    act(() => {
      scroller.scrollTo(scroller.element.scrollTop);
    });

    expect(hook.result.current.stuck).toBe(true);
  });

  it('follows turns that arrive while the list still places itself, once it shows its items', () => {
    vi.useFakeTimers();
    const scroller = fakeScroller(600, 2_000);
    // Virtuoso hides its items until it has scrolled to the one it opened at.
    const items = document.createElement('div');
    items.dataset.testid = 'virtuoso-item-list';
    items.style.visibility = 'hidden';
    scroller.element.append(items);
    const hook = renderHook(() => useStickToBottom());
    act(() => {
      hook.result.current.scrollerRef(scroller.element);
    });

    // A terminal's turns land right after the page opened, before the list has placed itself.
    scroller.grow(900);
    act(() => {
      hook.result.current.contentResized();
      vi.advanceTimersToNextFrame();
    });
    expect(scroller.element.scrollTop).toBe(0);

    // The list settles where it opened, above the new turns, and resizes no more.
    scroller.scrollTo(1_400);
    items.style.visibility = '';
    act(() => {
      vi.advanceTimersToNextFrame();
    });

    expect(scroller.bottomGap).toBe(0);
    expect(hook.result.current.stuck).toBe(true);
  });
});
