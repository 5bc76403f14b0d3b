import { memo, type ReactNode } from 'react';
import { Wrench } from 'lucide-react';
import type { ToolResultBlock, ToolUseBlock } from '@/lib/realtime/contract.generated';
import { JsonView, ToolInput } from '@/features/chat/components/tool-input';
import { agentReport, isAgentCall } from '@/features/chat/subagents/block-tree';
import { contentText } from '@/features/chat/utils/json-value';
import styles from './tool-card.module.css';
import inputStyles from './tool-input.module.css';

type ToolCardProps = {
  block: ToolUseBlock;
  result: ToolResultBlock | undefined;
  // What the call started, shown between its input and its result: a subagent's work.
  children?: ReactNode;
};

export const ToolCard = memo(function ToolCard({ block, result, children }: ToolCardProps) {
  const partialJson = block.partialJson ?? '';
  const input = block.input ?? parsePartial(partialJson);
  const state = result === undefined ? 'running' : result.isError ? 'error' : 'done';
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
        <span className={styles.state}>
          {state === 'running' ? 'running…' : state === 'error' ? 'failed' : 'done'}
        </span>
      </header>
      <div className={styles.body}>
        {input === undefined ? (
          <pre className={inputStyles.json} tabIndex={0} aria-label="Tool input so far">
            {partialJson}
          </pre>
        ) : (
          <ToolInput name={block.name} input={input} result={result} />
        )}
      </div>
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
