import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WireEvents } from '@/lib/realtime/contract.generated';
import { useViewingReport } from '@/features/notifications/hooks/use-viewing-report';
import { FakeHubConnection } from '@/testing/fake-hub-connection';
import { renderWithProviders } from '@/testing/render-with-providers';

function Viewer({ conversationId }: { conversationId: string }) {
  useViewingReport(conversationId);
  return null;
}

// A tab moving from one conversation to the next.
function Tab() {
  const [conversationId, setConversationId] = useState('c1');
  useViewingReport(conversationId);
  return (
    <button
      type="button"
      onClick={() => {
        setConversationId('c2');
      }}
    >
      Next
    </button>
  );
}

function setVisibility(state: DocumentVisibilityState) {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(state);
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('useViewingReport', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports the shown conversation while visible, takes it back when hidden or leaving it', async () => {
    const connection = new FakeHubConnection();
    renderWithProviders(<Tab />, { connection });
    await waitFor(() => {
      expect(connection.invocationsOf(WireEvents.conversationViewing)).toEqual([
        { conversationId: 'c1' },
      ]);
    });

    act(() => {
      setVisibility('hidden');
    });
    act(() => {
      setVisibility('visible');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));

    await waitFor(() => {
      expect(connection.invocationsOf(WireEvents.conversationViewing)).toEqual([
        { conversationId: 'c1' },
        { conversationId: null },
        { conversationId: 'c1' },
        { conversationId: null },
        { conversationId: 'c2' },
      ]);
    });
  });

  it('says it again every minute, so a report outlives Baton forgetting it', async () => {
    vi.useFakeTimers();
    const connection = new FakeHubConnection();
    renderWithProviders(<Viewer conversationId="c1" />, { connection });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(60_000);
    });
    expect(connection.invocationsOf(WireEvents.conversationViewing)).toHaveLength(2);
  });
});
