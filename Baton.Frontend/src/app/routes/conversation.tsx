import { useParams, useSearchParams } from 'react-router';
import { ChatView } from '@/features/chat/components/chat-view';
import { useConversation } from '@/features/conversations/api/get-conversation';
import { useBridgeHealth } from '@/features/projects/api/get-bridge-health';
import { useViewingReport } from '@/features/notifications/hooks/use-viewing-report';

/** One conversation's chat; loaded on demand, as it carries the markdown and diff code. */
export function ConversationRoute() {
  const { projectId = '', conversationId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const conversation = useConversation(conversationId);
  const health = useBridgeHealth(projectId);
  useViewingReport(conversationId);

  if (conversation.isError) {
    return <p role="alert">This conversation could not be opened: {conversation.error.message}</p>;
  }
  if (conversation.data === undefined) {
    return <p role="status">Loading the conversation…</p>;
  }
  return (
    <ChatView
      key={conversationId}
      conversationId={conversationId}
      projectId={projectId}
      defaultPermissionMode={conversation.data.permissionMode}
      defaultModel={conversation.data.model}
      effort={conversation.data.effort ?? null}
      models={health.data?.status?.models ?? null}
      bypassAllowed={health.data?.status?.bypassAllowed ?? false}
      focusMessageId={searchParams.get('message') ?? undefined}
    />
  );
}
