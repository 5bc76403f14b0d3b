import { useEffect } from 'react';
import { costText, runsText, tokensText } from '@/lib/usage-text';
import { useConversationUsage } from '@/features/chat/usage/get-conversation-usage';
import styles from './conversation-usage.module.css';

type ConversationUsageProps = {
  conversationId: string;
  // Whether a run is going on: its end changes the totals.
  running: boolean;
};

/** The conversation's totals so far (runs, tokens, cost), asked again as each run ends. */
export function ConversationUsage({ conversationId, running }: ConversationUsageProps) {
  const usage = useConversationUsage(conversationId);
  const { refetch } = usage;

  useEffect(() => {
    if (!running) {
      void refetch();
    }
  }, [running, refetch]);

  if (usage.data === undefined || usage.data.runs === 0) {
    return null;
  }
  return (
    <span
      className={styles.usage}
      title="What this conversation’s finished runs used"
      data-testid="conversation-usage"
    >
      {costText(usage.data.costUsd)} · {runsText(usage.data.runs)} · {tokensText(usage.data)} tokens
    </span>
  );
}
