import type { ToolResultBlock, ToolUseBlock } from '@/lib/realtime/contract.generated';
import type { RespondToPrompt } from '@/features/chat/components/assistant-message';
import { ErrorNotice } from '@/features/chat/components/error-notice';
import { MarkdownText } from '@/features/chat/components/markdown-text';
import { PermissionCard } from '@/features/chat/components/permission-card';
import { askUserQuestionTool, isAskedInACard } from '@/features/chat/questions/question-answers';
import { QuestionCard } from '@/features/chat/questions/question-card';
import { ThinkingBlock } from '@/features/chat/components/thinking-block';
import { ToolCard } from '@/features/chat/components/tool-card';
import { PlanCard } from '@/features/chat/plans/plan-card';
import { exitPlanModeTool } from '@/features/chat/plans/plan-text';
import {
  countSteps,
  isAgentCall,
  launchedInBackground,
  type BlockNode,
} from '@/features/chat/subagents/block-tree';
import { SessionNotice } from '@/features/chat/commands/session-notice';
import { sessionNoticeText } from '@/features/chat/commands/session-notice-text';
import { systemNoticeText } from '@/features/chat/tasks/notice-text';
import { SubagentSteps } from '@/features/chat/subagents/subagent-steps';
import type { PromptState } from '@/features/chat/types/chat-state';
import { SteeredMessage } from '@/features/chat/queue/steered-message';
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
      if (isAskedInACard(block, context.prompts)) {
        return null;
      }
      const result = context.results.get(block.id);
      const prompt = promptOfCall(context.prompts, block.id);
      if (block.name === exitPlanModeTool) {
        return (
          <PlanCard
            call={block}
            prompt={prompt}
            result={result}
            onRespond={(decision, answer) =>
              prompt === undefined
                ? Promise.resolve(undefined)
                : context.onRespond(prompt.promptId, decision, undefined, answer)
            }
          />
        );
      }
      if (!isAgentCall(block) && node.children.length === 0) {
        return <ToolCard block={block} result={result} prompt={prompt} />;
      }
      return (
        <ToolCard block={block} result={result} prompt={prompt}>
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
      if (prompt?.toolName === askUserQuestionTool) {
        return (
          <QuestionCard
            prompt={prompt}
            onRespond={(decision, updatedInput) =>
              context.onRespond(prompt.promptId, decision, undefined, { updatedInput })
            }
          />
        );
      }
      // A plan's prompt is answered on its plan card.
      return prompt === undefined || prompt.toolName === exitPlanModeTool ? null : (
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
        <p className={styles.notice}>
          {systemNoticeText(block) ?? `Claude Code reported: ${block.subtype}`}
        </p>
      ) : (
        <SessionNotice subtype={block.subtype} />
      );
    case 'steered':
      return <SteeredMessage text={block.text} />;
    case 'attachment':
    case 'other':
      return null;
  }
}

function promptOfCall(
  prompts: Readonly<Record<string, PromptState>>,
  toolUseId: string,
): PromptState | undefined {
  return Object.values(prompts).findLast((prompt) => prompt.toolUseId === toolUseId);
}

function callOf(result: ToolResultBlock): ToolUseBlock {
  return { type: 'tool_use', id: result.toolUseId, name: 'Tool' };
}
