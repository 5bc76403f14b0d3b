import { useId, useState, type ReactNode } from 'react';
import { Bot, ChevronRight } from 'lucide-react';
import type { StepCount } from '@/features/chat/subagents/block-tree';
import styles from './subagent-steps.module.css';

type SubagentStepsProps = {
  steps: StepCount;
  // The subagent still works while its call has no result.
  working: boolean;
  // It was started in the background, so its call's result says nothing of when it ends.
  background: boolean;
  children: ReactNode;
};

/**
 * A subagent's messages and tool calls inside the card of the call that started it. Open while the
 * subagent works (or may still work, in the background), so its steps show as they come; closed
 * once it reported, leaving a count of what it did. The reader's own choice wins over both.
 */
export function SubagentSteps({ steps, working, background, children }: SubagentStepsProps) {
  const [chosen, setChosen] = useState<boolean | undefined>(undefined);
  const open = chosen ?? (working || background);
  const region = useId();
  return (
    <div className={styles.steps} data-testid="subagent-steps">
      <button
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={region}
        onClick={() => {
          setChosen(!open);
        }}
      >
        <ChevronRight className={styles.chevron} aria-hidden="true" size={14} />
        <Bot aria-hidden="true" size={14} />
        <span>Subagent</span>
        <span className={styles.summary} data-testid="subagent-summary">
          {summary(steps, working ? 'working…' : background ? 'in the background' : undefined)}
        </span>
      </button>
      {open && (
        <div id={region} className={styles.body} role="group" aria-label="The subagent's work">
          {children}
        </div>
      )}
    </div>
  );
}

function summary({ messages, toolCalls }: StepCount, state: string | undefined): string {
  const counts = `${plural(messages, 'message')}, ${plural(toolCalls, 'tool call')}`;
  return state === undefined ? counts : `${counts} · ${state}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
