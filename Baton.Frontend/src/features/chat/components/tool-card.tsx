import { memo, type ReactNode } from 'react';
import { Wrench } from 'lucide-react';
import type { ToolResultBlock, ToolUseBlock } from '@/lib/realtime/contract.generated';
import { JsonView, ToolInput } from '@/features/chat/components/tool-input';
import { agentReport, isAgentCall } from '@/features/chat/subagents/block-tree';
import type { PromptState } from '@/features/chat/types/chat-state';
import { contentText } from '@/features/chat/utils/json-value';
import styles from './tool-card.module.css';
import inputStyles from './tool-input.module.css';

type ToolCardProps = {
  block: ToolUseBlock;
  result: ToolResultBlock | undefined;
  // The permission prompt this call asked, when it asked one.
  prompt?: PromptState | undefined;
  // What the call started, shown between its input and its result: a subagent's work.
  children?: ReactNode;
};

type ToolCardState = 'running' | 'waiting' | 'done' | 'error' | 'denied';

const stateLabels: Record<ToolCardState, string> = {
  running: 'running…',
  waiting: 'waiting for you',
  done: 'done',
  error: 'failed',
  denied: 'denied',
};

export const ToolCard = memo(function ToolCard({ block, result, prompt, children }: ToolCardProps) {
  const partialJson = block.partialJson ?? '';
  const input = block.input ?? parsePartial(partialJson);
  const state = toolCardState(result, prompt);
  // An agent's result wraps its report in the CLI's notes to the model; the structured result holds the report alone.
  const output = isAgentCall(block) ? (agentReport(result) ?? result?.content) : result?.content;
  // A list written without trouble is all a TodoWrite card needs; the CLI's reply to the model adds nothing.
  const quiet = block.name === 'TodoWrite' && result?.isError === false;
  return (
    <section
      className={styles.card}
      data-testid="tool-card"
      data-tool={block.name}
      data-state={state}
      aria-label={`Tool call: ${block.name}`}
    >
      <header className={styles.header}>
        <Wrench size={14} aria-hidden="true" />
        <span className={styles.name}>{block.name}</span>
        <span className={styles.state}>{stateLabels[state]}</span>
      </header>
      {/* While its prompt waits, the prompt's card shows the input: once on a screen is enough. */}
      {state !== 'waiting' && (
        <div className={styles.body}>
          {input === undefined ? (
            <pre className={inputStyles.json} tabIndex={0} aria-label="Tool input so far">
              {partialJson}
            </pre>
          ) : (
            <ToolInput name={block.name} input={input} result={result} />
          )}
        </div>
      )}
      {children}
      {result !== undefined && !quiet && (
        <div className={styles.result} data-testid="tool-result">
          {typeof output === 'string' || Array.isArray(output) ? (
            <pre
              className={inputStyles.output}
              data-error={result.isError}
              tabIndex={0}
              aria-label="Tool output"
            >
              {contentText(output)}
            </pre>
          ) : (
            <JsonView value={output} />
          )}
        </div>
      )}
    </section>
  );
});

function toolCardState(
  result: ToolResultBlock | undefined,
  prompt: PromptState | undefined,
): ToolCardState {
  const resolution = prompt?.resolution;
  if (result === undefined) {
    return prompt !== undefined && resolution === undefined ? 'waiting' : 'running';
  }
  if (!result.isError) {
    return 'done';
  }
  // Refused by the person, or by nobody answering in time, is not the tool failing.
  const refused = resolution?.decision === 'deny' && resolution.by !== 'cancelled';
  return refused ? 'denied' : 'error';
}

// While the input streams it is usually not yet valid JSON; show the raw text until it is.
function parsePartial(partialJson: string): unknown {
  if (partialJson === '') {
    return undefined;
  }
  try {
    return JSON.parse(partialJson) as unknown;
  } catch {
    return undefined;
  }
}
