import { useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useEffect } from 'react';
import { WireEvents, type ConversationChanged } from '@/lib/realtime/contract.generated';
import { useHubEvent, useReconnected, useRealtime } from '@/lib/realtime/use-realtime';
import { conversationQueryKey } from '@/features/conversations/api/get-conversation';
import {
  conversationsQueryKey,
  type Conversation,
  type ConversationPage,
} from '@/features/conversations/api/get-conversations';

type Pages = InfiniteData<ConversationPage, number>;

/**
 * Joins the project's room, so conversations created, renamed or deleted in another tab show up
 * here at once; the list is then read again to pick up what the summaries do not carry.
 */
export function useConversationLiveUpdates(projectId: string): void {
  const realtime = useRealtime();
  const queryClient = useQueryClient();

  useEffect(() => {
    realtime.invoke(WireEvents.projectJoin, { projectId }).catch(() => undefined);
    return () => {
      realtime.invoke(WireEvents.projectLeave, { projectId }).catch(() => undefined);
    };
  }, [realtime, projectId]);

  useReconnected(() => {
    realtime.invoke(WireEvents.projectJoin, { projectId }).catch(() => undefined);
    void queryClient.invalidateQueries({ queryKey: conversationsQueryKey(projectId) });
  });

  const apply = (change: ConversationChanged, deleted: boolean) => {
    if (change.projectId !== projectId) {
      return;
    }
    const key = conversationsQueryKey(projectId);
    queryClient.setQueryData<Pages>(key, (data) =>
      data === undefined ? data : merge(data, change, deleted),
    );
    if (deleted) {
      queryClient.removeQueries({ queryKey: conversationQueryKey(change.conversation.id) });
    } else {
      queryClient.setQueryData<Conversation>(
        conversationQueryKey(change.conversation.id),
        (current) => (current === undefined ? current : { ...current, ...change.conversation }),
      );
    }
    void queryClient.invalidateQueries({ queryKey: key });
  };

  useHubEvent(WireEvents.conversationCreated, (change) => {
    apply(change, false);
  });
  useHubEvent(WireEvents.conversationUpdated, (change) => {
    apply(change, false);
  });
  useHubEvent(WireEvents.conversationDeleted, (change) => {
    apply(change, true);
  });
}

function merge(data: Pages, change: ConversationChanged, deleted: boolean): Pages {
  const summary = change.conversation;
  const existing = data.pages.flatMap((page) => page.items).find((item) => item.id === summary.id);
  const pages = data.pages.map((page) => ({
    ...page,
    items: page.items.filter((item) => item.id !== summary.id),
  }));
  if (!deleted && pages[0] !== undefined) {
    const updated: Conversation =
      existing === undefined
        ? {
            status: 'active',
            claudeSessionId: null,
            lastSeq: 0,
            ...summary,
            model: summary.model ?? null,
            effort: summary.effort ?? null,
          }
        : { ...existing, ...summary, model: summary.model ?? null, effort: summary.effort ?? null };
    // Newest change first, as the list is ordered.
    pages[0] = { ...pages[0], items: [updated, ...pages[0].items] };
  }
  return { ...data, pages };
}
