import { useEffect, useRef, useState } from 'react';
import { useTranscriptSync } from '@/features/local-sessions/api/sync-transcript';

/**
 * Brings an opened conversation up to date with the turns a terminal added to its session: checked when it
 * opens with its bridge online, and again whenever the bridge comes back online. Ready once that first check
 * answered, or at once while the bridge is not known to be online (the stored history is all there is);
 * `generation` moves on whenever a check stored something, so the chat reloads its history.
 */
export function useTerminalTurns(conversationId: string, bridgeOnline: boolean | undefined) {
  const sync = useTranscriptSync(conversationId, bridgeOnline === true);
  const { refetch } = sync;
  const [seen, setSeen] = useState({ at: 0, generation: 0 });
  const wasOnline = useRef(bridgeOnline);

  useEffect(() => {
    if (wasOnline.current === false && bridgeOnline === true) {
      void refetch();
    }
    wasOnline.current = bridgeOnline;
  }, [bridgeOnline, refetch]);

  const changed = sync.data !== undefined && (sync.data.importedTurns > 0 || sync.data.forked);
  if (changed && sync.dataUpdatedAt !== seen.at) {
    setSeen({ at: sync.dataUpdatedAt, generation: seen.generation + 1 });
  }
  return {
    ready: bridgeOnline !== true || !sync.isPending,
    generation: seen.generation,
  };
}
