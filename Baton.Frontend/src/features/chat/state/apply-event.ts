import {
  ConversationEventNames,
  type ChatStreamResponse,
  type UserMessageEvent,
} from '@/lib/realtime/contract.generated';
import type { ConversationEvent } from '@/features/chat/types/chat-state';
import {
  addError,
  addPermission,
  applyStreamEvent,
  resolvePermission,
} from '@/features/chat/state/fold-message';
import { promptOfBlock } from '@/features/chat/state/prompt-of-block';
import { applyImportedMessages } from '@/features/chat/state/apply-imported-messages';
import type { StateDraft } from '@/features/chat/state/state-draft';

/** Applies one conversation event, in seq order, to the messages and prompts a draft holds. */
export function applyEvent(draft: StateDraft, event: ConversationEvent): void {
  switch (event.type) {
    case ConversationEventNames.chatStreamResponse:
      applyStream(draft, event.payload);
      return;
    case ConversationEventNames.chatMessageComplete: {
      const { requestId, messageId } = event.payload;
      const message = draft.assistantFor(requestId, messageId);
      message.status = event.payload.isError ? 'failed' : 'completed';
      message.figures = {
        durationMs: event.payload.durationMs,
        costUsd: event.payload.costUsd,
        usage: event.payload.usage,
        isError: event.payload.isError,
      };
      endRun(draft, requestId);
      return;
    }
    case ConversationEventNames.chatError: {
      const message = draft.assistantFor(event.payload.requestId, undefined);
      message.status = 'failed';
      addError(message.blocks, event.payload);
      endRun(draft, event.payload.requestId);
      return;
    }
    case ConversationEventNames.chatAborted:
      draft.assistantFor(event.payload.requestId, undefined).status = 'aborted';
      endRun(draft, event.payload.requestId);
      return;
    case ConversationEventNames.interactivePrompt: {
      const prompt = event.payload;
      const message = draft.assistantFor(prompt.requestId, undefined);
      if (!message.blocks.some((b) => b.type === 'permission' && b.promptId === prompt.promptId)) {
        addPermission(message.blocks, prompt);
      }
      const block = message.blocks.findLast(
        (b) => b.type === 'permission' && b.promptId === prompt.promptId,
      );
      if (block?.type === 'permission') {
        draft.setPrompt(promptOfBlock(block, prompt.requestId));
      }
      return;
    }
    case ConversationEventNames.permissionResolved: {
      const prompt = draft.currentPrompts[event.payload.promptId];
      if (prompt !== undefined) {
        const { decision, by, mode, answers } = event.payload;
        draft.setPrompt({ ...prompt, resolution: { decision, by, mode: mode ?? null, answers } });
        resolvePermission(draft.assistantFor(prompt.requestId, undefined).blocks, event.payload);
      }
      return;
    }
    case ConversationEventNames.transcriptImported:
      applyImportedMessages(draft, event.payload);
      return;
  }
}

function applyStream(draft: StateDraft, payload: ChatStreamResponse): void {
  if (payload.event.kind === 'user_message') {
    applyUserMessage(draft, payload, payload.event);
    return;
  }
  const message = draft.assistantFor(payload.requestId, payload.messageId);
  applyStreamEvent(message.blocks, payload.event);
  // A turn the CLI started on its own (a background task's report) has no message of the person's to mark it running.
  if (
    draft.activeRequestId === null &&
    payload.requestId != null &&
    message.status === 'streaming'
  ) {
    draft.activeRequestId = payload.requestId;
  }
}

function applyUserMessage(
  draft: StateDraft,
  payload: ChatStreamResponse,
  event: UserMessageEvent,
): void {
  const requestId = payload.requestId ?? undefined;
  const messageId = payload.messageId ?? undefined;
  const existing = draft.userMessage(event.clientMessageId, messageId);
  if (existing === undefined) {
    draft.insert(
      {
        role: 'user',
        key: `msg:${messageId ?? `seq-${payload.seq}`}`,
        id: messageId,
        requestId,
        clientMessageId: event.clientMessageId,
        text: event.content,
        attachments: event.attachments.map((attachment) => ({
          id: attachment.id,
          fileName: attachment.name,
          mediaType: attachment.mediaType,
        })),
        pending: false,
        failure: undefined,
      },
      'end',
    );
  } else {
    existing.pending = false;
    existing.failure = undefined;
    existing.requestId ??= requestId;
    if (existing.id === undefined && messageId !== undefined) {
      existing.id = messageId;
      draft.indexMessageId(existing.key, messageId);
    }
  }
  if (requestId !== undefined && draft.assistantFor(requestId, undefined).status === 'streaming') {
    draft.activeRequestId = requestId;
  }
}

/** A prompt still open when its run ends can no longer be answered. */
function endRun(draft: StateDraft, requestId: string): void {
  if (draft.activeRequestId === requestId) {
    draft.activeRequestId = null;
  }
  for (const prompt of Object.values(draft.currentPrompts)) {
    if (prompt.requestId === requestId && prompt.resolution === undefined) {
      const cancelled = { decision: 'deny', by: 'cancelled', mode: null } as const;
      draft.setPrompt({ ...prompt, resolution: cancelled });
      resolvePermission(draft.assistantFor(requestId, undefined).blocks, {
        promptId: prompt.promptId,
        ...cancelled,
      });
    }
  }
}
