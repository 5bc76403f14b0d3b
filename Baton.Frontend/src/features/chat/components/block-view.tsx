import type { ToolResultBlock, ToolUseBlock } from '@/lib/realtime/contract.generated';
import type { RespondToPrompt } from '@/features/chat/components/assistant-message';
import { ErrorNotice } from '@/features/chat/components/error-notice';
import { MarkdownText } from '@/features/chat/components/markdown-text';
import { PermissionCard } from '@/features/chat/components/permission-card';
import { ThinkingBlock } from '@/features/chat/components/thinking-block';
import { ToolCard } from '@/features/chat/components/tool-card';
import {
  countSteps,
  isAgentCall,
  launchedInBackground,
  type BlockNode,
} from '@/features/chat/subagents/block-tree';
import { SessionNotice } from '@/features/chat/commands/session-notice';
import { sessionNoticeText } from '@/features/chat/commands/session-notice-text';
import { SubagentSteps } from '@/features/chat/subagents/subagent-steps';
import type { PromptState } from '@/features/chat/types/chat-state';
import styles from './assistant-message.module.css';

/** What every block of one answer is drawn with. */
export type BlockContext = {
  // Results by the id of their call, and the ids of the calls this answer holds.
  results: ReadonlyMap<string, ToolResultBlock>;
  toolUseIds: ReadonlySet<string>;
  prompts: Readonly<Record<string, PromptState>>;
  onRespond: RespondToPrompt;
};

/** One block of an answer; a call that started a subagent carries the subagent's blocks in its card. */
export function BlockView({ node, context }: { node: BlockNode; context: BlockContext }) {
  const { block } = node;
  switch (block.type) {
    case 'text':
      return <MarkdownText text={block.text} />;
    case 'thinking':
      return <ThinkingBlock text={block.thinking} />;
    case 'tool_use': {
      const result = context.results.get(block.id);
      if (!isAgentCall(block) && node.children.length === 0) {
        return <ToolCard block={block} result={result} />;
      }
      return (
        <ToolCard block={block} result={result}>
          <SubagentSteps
            steps={countSteps(node.children)}
            working={result === undefined}
            background={launchedInBackground(result)}
          >
            {node.children.map((child) => (
              <BlockView key={child.at} node={child} context={context} />
            ))}
          </SubagentSteps>
        </ToolCard>
      );
    }
    case 'tool_result':
      // Shown on its call's card; a result whose call is not in this answer gets a card of its own.
      return context.toolUseIds.has(block.toolUseId) ? null : (
        <ToolCard block={callOf(block)} result={block} />
      );
    case 'permission': {
      const prompt = context.prompts[block.promptId];
      return prompt === undefined ? null : (
        <PermissionCard
          prompt={prompt}
          onRespond={(decision, indexes) => context.onRespond(prompt.promptId, decision, indexes)}
        />
      );
    }
    case 'error':
      return <ErrorNotice code={block.code} message={block.message} />;
    case 'notice':
      return sessionNoticeText(block.subtype) === undefined ? (
        <p className={styles.notice}>{noticeText(block.subtype)}</p>
      ) : (
        <SessionNotice subtype={block.subtype} />
      );
    case 'attachment':
    case 'other':
      return null;
  }
}

function callOf(result: ToolResultBlock): ToolUseBlock {
  return { type: 'tool_use', id: result.toolUseId, name: 'Tool' };
}

function noticeText(subtype: string): string {
  return subtype === 'api_retry'
    ? 'The model API did not answer; Claude Code is trying again…'
    : `Claude Code reported: ${subtype}`;
}
