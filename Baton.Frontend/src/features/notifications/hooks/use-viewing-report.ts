import { useEffect } from 'react';
import { WireEvents } from '@/lib/realtime/contract.generated';
import type { RealtimeClient } from '@/lib/realtime/realtime-client';
import { useReconnected, useRealtime } from '@/lib/realtime/use-realtime';

// Baton forgets a tab's report after two minutes, so a tab that vanished without a word stops counting.
export const viewingRepeatMs = 60_000;

function report(realtime: RealtimeClient, conversationId: string | null): void {
  const shown = document.visibilityState === 'visible' ? conversationId : null;
  realtime.invoke(WireEvents.conversationViewing, { conversationId: shown }).catch(() => undefined);
}

/**
 * Tells Baton which conversation this tab shows while the tab is visible, so nobody is notified of
 * what they are looking at; a hidden tab, or leaving the conversation, takes it back.
 */
export function useViewingReport(conversationId: string): void {
  const realtime = useRealtime();
  useEffect(() => {
    const reportShown = () => {
      report(realtime, conversationId);
    };
    reportShown();
    document.addEventListener('visibilitychange', reportShown);
    const repeat = setInterval(reportShown, viewingRepeatMs);
    return () => {
      clearInterval(repeat);
      document.removeEventListener('visibilitychange', reportShown);
      report(realtime, null);
    };
  }, [realtime, conversationId]);

  useReconnected(() => {
    report(realtime, conversationId);
  });
}
