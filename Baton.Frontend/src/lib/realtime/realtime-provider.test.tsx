import { act, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setSession, type Session } from '@/lib/auth/session';
import { RealtimeProvider } from '@/lib/realtime/realtime-provider';
import { useReconnected } from '@/lib/realtime/use-realtime';
import { FakeHubConnection } from '@/testing/fake-hub-connection';

function session(accessToken: string): Session {
  return {
    accessToken,
    accessTokenExpiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    user: { id: 'u1', email: 'ada@example.com' },
  };
}

function Rejoiner({ onReconnected }: { onReconnected: () => void }) {
  useReconnected(onReconnected);
  return null;
}

describe('RealtimeProvider', () => {
  afterEach(() => {
    setSession(null);
  });

  it('reconnects with a refreshed token and lets views re-join', async () => {
    setSession(session('token-1'));
    const connection = new FakeHubConnection();
    const start = vi.spyOn(connection, 'start');
    const stop = vi.spyOn(connection, 'stop');
    const rejoin = vi.fn();
    render(
      <RealtimeProvider connection={connection}>
        <Rejoiner onReconnected={rejoin} />
      </RealtimeProvider>,
    );
    await waitFor(() => {
      expect(start).toHaveBeenCalledTimes(1);
    });

    act(() => {
      setSession(session('token-2'));
    });

    await waitFor(() => {
      expect(rejoin).toHaveBeenCalledTimes(1);
    });
    expect(stop).toHaveBeenCalledTimes(1);
    expect(start).toHaveBeenCalledTimes(2);
  });
});
