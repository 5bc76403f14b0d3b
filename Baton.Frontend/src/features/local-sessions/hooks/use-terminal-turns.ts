import { useState } from 'react';
import { useTranscriptSync } from '@/features/local-sessions/api/sync-transcript';

/**
 * Brings an opened conversation up to date with the turns a terminal added to its session. Ready once the
 * first check answered (or failed: an offline bridge leaves the stored history as it is); `generation`
 * moves on whenever a check stored something, so the chat reloads its history.
 */
export function useTerminalTurns(conversationId: string, bridgeOnline: boolean | undefined) {
  const sync = useTranscriptSync(conversationId, bridgeOnline);
  const [seen, setSeen] = useState({ at: 0, generation: 0 });
  const changed = sync.data !== undefined && (sync.data.importedTurns > 0 || sync.data.forked);
  if (changed && sync.dataUpdatedAt !== seen.at) {
    setSeen({ at: sync.dataUpdatedAt, generation: seen.generation + 1 });
  }
  return {
    ready: !sync.isPending || bridgeOnline === false,
    generation: seen.generation,
  };
}
