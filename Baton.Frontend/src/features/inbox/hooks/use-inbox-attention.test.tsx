import { waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useInboxAttention } from '@/features/inbox/hooks/use-inbox-attention';
import { renderWithProviders } from '@/testing/render-with-providers';
import { stubFetch } from '@/testing/stub-fetch';

const conversation = { id: 'c1', title: 'Notes', projectId: 'p1', projectName: 'shop' };

function prompt(promptId: string) {
  return {
    promptId,
    requestId: 'run-1',
    conversation,
    toolUseId: 'toolu_1',
    toolName: 'Bash',
    input: { command: 'ls' },
    suggestions: [],
    createdAt: '2026-12-03T10:00:00Z',
    expiresAt: '2026-12-03T10:10:00Z',
  };
}

function Attention() {
  useInboxAttention();
  return null;
}

describe('useInboxAttention', () => {
  const setAppBadge = vi.fn(() => Promise.resolve());
  const clearAppBadge = vi.fn(() => Promise.resolve());

  beforeEach(() => {
    // jsdom has no Badging API; an installed app in Chromium has.
    Object.defineProperty(navigator, 'setAppBadge', { value: setAppBadge, configurable: true });
    Object.defineProperty(navigator, 'clearAppBadge', { value: clearAppBadge, configurable: true });
  });

  afterEach(() => {
    Reflect.deleteProperty(navigator, 'setAppBadge');
    Reflect.deleteProperty(navigator, 'clearAppBadge');
    document.title = 'Baton';
  });

  it('puts the count in the title and on the app badge, and clears both on sign-out', async () => {
    stubFetch({
      status: 200,
      body: JSON.stringify({ prompts: [prompt('a'), prompt('b')], running: [], failed: [] }),
    });
    const view = renderWithProviders(<Attention />);

    await waitFor(() => {
      expect(document.title).toBe('(2) Baton');
    });
    expect(setAppBadge).toHaveBeenLastCalledWith(2);

    view.unmount();
    expect(document.title).toBe('Baton');
    expect(clearAppBadge).toHaveBeenCalled();
  });

  it('keeps the plain title where the browser has no badge', async () => {
    Reflect.deleteProperty(navigator, 'setAppBadge');
    Reflect.deleteProperty(navigator, 'clearAppBadge');
    stubFetch({
      status: 200,
      body: JSON.stringify({ prompts: [prompt('a')], running: [], failed: [] }),
    });
    renderWithProviders(<Attention />);

    await waitFor(() => {
      expect(document.title).toBe('(1) Baton');
    });
    expect(setAppBadge).not.toHaveBeenCalledWith(1);
  });
});
