import { memo, useMemo } from 'react';
import type {
  MessageBlock,
  PermissionDecision,
  ToolResultBlock,
  ToolUseBlock,
} from '@/lib/realtime/contract.generated';
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
  const { results, toolUseIds } = useMemo(() => pairToolResults(message.blocks), [message.blocks]);
  return (
    <article
      className={styles.message}
      data-testid="assistant-message"
      data-status={message.status}
      data-request-id={message.requestId}
      aria-label="Claude's answer"
      aria-busy={streaming}
    >
      {message.blocks.map((block, at) => {
        // Blocks only grow and are replaced in place, so a block's place is a stable key.
        switch (block.type) {
          case 'text':
            return <MarkdownText key={at} text={block.text} />;
          case 'thinking':
            return <ThinkingBlock key={at} text={block.thinking} />;
          case 'tool_use':
            return <ToolCard key={at} block={block} result={results.get(block.id)} />;
          case 'tool_result':
            // Shown on its call's card; a result whose call is not in this answer gets a card of its own.
            return toolUseIds.has(block.toolUseId) ? null : (
              <ToolCard key={at} block={callOf(block)} result={block} />
            );
          case 'permission': {
            const prompt = prompts[block.promptId];
            return prompt === undefined ? null : (
              <PermissionCard
                key={at}
                prompt={prompt}
                onRespond={(decision, indexes) => onRespond(prompt.promptId, decision, indexes)}
              />
            );
          }
          case 'error':
            return <ErrorNotice key={at} code={block.code} message={block.message} />;
          case 'notice':
            return (
              <p key={at} className={styles.notice}>
                {noticeText(block.subtype)}
              </p>
            );
          case 'attachment':
          case 'other':
            return null;
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

function pairToolResults(blocks: readonly MessageBlock[]): {
  results: Map<string, ToolResultBlock>;
  toolUseIds: Set<string>;
} {
  const results = new Map<string, ToolResultBlock>();
  const toolUseIds = new Set<string>();
  for (const block of blocks) {
    if (block.type === 'tool_result') {
      results.set(block.toolUseId, block);
    } else if (block.type === 'tool_use') {
      toolUseIds.add(block.id);
    }
  }
  return { results, toolUseIds };
}

function callOf(result: ToolResultBlock): ToolUseBlock {
  return { type: 'tool_use', id: result.toolUseId, name: 'Tool' };
}

function noticeText(subtype: string): string {
  return subtype === 'api_retry'
    ? 'The model API did not answer; Claude Code is trying again…'
    : `Claude Code reported: ${subtype}`;
}
