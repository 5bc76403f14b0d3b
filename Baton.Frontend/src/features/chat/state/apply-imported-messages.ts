import type { TranscriptImported } from '@/lib/realtime/contract.generated';
import { parseStoredMessage } from '@/features/chat/state/stored-message';
import type { StateDraft } from '@/features/chat/state/state-draft';

/**
 * Shows the messages the server stored from the conversation's session transcript (turns a terminal
 * added, under their notice) as history would: new ones after what is shown, an answer it went on with
 * in its place.
 */
export function applyImportedMessages(draft: StateDraft, payload: TranscriptImported): void {
  for (const imported of payload.messages) {
    const { message } = parseStoredMessage({
      id: imported.id,
      requestId: null,
      role: imported.role,
      content: imported.content,
      status: 'completed',
      usage: null,
      costUsd: null,
      durationMs: null,
      createdAt: imported.createdAt,
      updatedAt: imported.createdAt,
    });
    draft.put(message);
  }
}
