import { memo } from 'react';
import type { PermissionDecision } from '@/lib/realtime/contract.generated';
import type { HubFailure } from '@/lib/realtime/hub-error';
import { ErrorNotice } from '@/features/chat/components/error-notice';
import { MarkdownText } from '@/features/chat/components/markdown-text';
import { PermissionCard } from '@/features/chat/components/permission-card';
import { RunFooter } from '@/features/chat/components/run-footer';
import { ThinkingBlock } from '@/features/chat/components/thinking-block';
import { ToolCard } from '@/features/chat/components/tool-card';
import type { AssistantChatMessage, PromptState } from '@/features/chat/types/chat-state';
import styles from './assistant-message.module.css';

export type RespondToPrompt = (
  promptId: string,
  decision: PermissionDecision,
  suggestionIndexes?: number[],
) => Promise<HubFailure | undefined>;

type AssistantMessageProps = {
  message: AssistantChatMessage;
  prompts: Readonly<Record<string, PromptState>>;
  onRespond: RespondToPrompt;
};

export const AssistantMessage = memo(function AssistantMessage({
  message,
  prompts,
  onRespond,
}: AssistantMessageProps) {
  const streaming = message.status === 'streaming';
  return (
    <article
      className={styles.message}
      data-testid="assistant-message"
      data-status={message.status}
      data-request-id={message.requestId}
      aria-label="Claude's answer"
      aria-busy={streaming}
    >
      {message.blocks.map((block) => {
        switch (block.kind) {
          case 'text':
            return <MarkdownText key={block.key} text={block.text} />;
          case 'thinking':
            return <ThinkingBlock key={block.key} text={block.text} />;
          case 'tool_use':
            return <ToolCard key={block.key} block={block} />;
          case 'prompt': {
            const prompt = prompts[block.promptId];
            return prompt === undefined ? null : (
              <PermissionCard
                key={block.key}
                prompt={prompt}
                onRespond={(decision, indexes) => onRespond(prompt.promptId, decision, indexes)}
              />
            );
          }
          case 'error':
            return <ErrorNotice key={block.key} code={block.code} message={block.message} />;
          case 'notice':
            return (
              <p key={block.key} className={styles.notice}>
                {block.text}
              </p>
            );
        }
      })}
      {streaming && (
        <p className={styles.working} data-testid="assistant-working">
          <span className={styles.dots} aria-hidden="true" />
          Claude is working…
        </p>
      )}
      <RunFooter status={message.status} figures={message.figures} />
    </article>
  );
});
