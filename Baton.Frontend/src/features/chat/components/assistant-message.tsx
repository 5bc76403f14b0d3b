import { memo, useMemo } from 'react';
import type {
  MessageBlock,
  PermissionDecision,
  ToolResultBlock,
} from '@/lib/realtime/contract.generated';
import type { HubFailure } from '@/lib/realtime/hub-error';
import { RunChangesSummary } from '@/features/chat/changes/run-changes-summary';
import { BlockView, type BlockContext } from '@/features/chat/components/block-view';
import { RunFooter } from '@/features/chat/components/run-footer';
import { groupBlocks } from '@/features/chat/subagents/block-tree';
import type { PromptAnswer } from '@/features/chat/session/session-types';
import type { AssistantChatMessage, PromptState } from '@/features/chat/types/chat-state';
import styles from './assistant-message.module.css';

export type RespondToPrompt = (
  promptId: string,
  decision: PermissionDecision,
  suggestionIndexes?: number[],
  answer?: PromptAnswer,
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
  const waiting = streaming && waitsForAnswer(message.blocks, prompts);
  const nodes = useMemo(() => groupBlocks(message.blocks), [message.blocks]);
  const pairs = useMemo(() => pairToolResults(message.blocks), [message.blocks]);
  const context = useMemo<BlockContext>(
    () => ({ ...pairs, prompts, onRespond }),
    [pairs, prompts, onRespond],
  );
  return (
    <article
      className={styles.message}
      data-testid="assistant-message"
      data-status={message.status}
      data-request-id={message.requestId}
      aria-label="Claude's answer"
      aria-busy={streaming}
    >
      {nodes.map((node) => (
        <BlockView key={node.at} node={node} context={context} />
      ))}
      {streaming && (
        <p
          className={styles.working}
          data-testid="assistant-working"
          data-state={waiting ? 'waiting' : 'working'}
        >
          <span className={styles.dots} aria-hidden="true" />
          {waiting ? 'Claude is waiting for your answer' : 'Claude is working…'}
        </p>
      )}
      <RunChangesSummary blocks={message.blocks} />
      <RunFooter status={message.status} figures={message.figures} />
    </article>
  );
});

// A prompt of this answer still open: the run stands still until someone answers it.
function waitsForAnswer(
  blocks: readonly MessageBlock[],
  prompts: Readonly<Record<string, PromptState>>,
): boolean {
  return blocks.some((block) => {
    const prompt = block.type === 'permission' ? prompts[block.promptId] : undefined;
    return prompt !== undefined && prompt.resolution === undefined;
  });
}

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
