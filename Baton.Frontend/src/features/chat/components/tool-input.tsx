import { useMemo } from 'react';
import type { ToolResultBlock } from '@/lib/realtime/contract.generated';
import { DiffView } from '@/features/chat/components/diff-view';
import { TodoItems } from '@/features/chat/todos/todo-items';
import { todosOfInput } from '@/features/chat/todos/todo-list';
import { fileChangeOf } from '@/features/chat/utils/file-change';
import { asObject, asString } from '@/features/chat/utils/json-value';
import styles from './tool-input.module.css';

type ToolInputProps = {
  name: string;
  input: unknown;
  // Once the call ran: the CLI's structured result gives an edit's real place in the file.
  result?: ToolResultBlock | undefined;
};

/**
 * A tool call's input as a person reads it: a diff for edits, the command for Bash, the task given
 * to a subagent, a checklist for todos. Once a file tool ran, its diff is the CLI's own patch, numbered as in the file, and a Write
 * over an existing file shows what it replaced.
 */
export function ToolInput({ name, input, result }: ToolInputProps) {
  // A diff of a whole file is costly: worked out again only when the call or its result changes.
  const change = useMemo(() => fileChangeOf(name, input, result), [name, input, result]);
  const value = asObject(input);
  if (value === undefined) {
    return <JsonView value={input} />;
  }
  if (change !== undefined) {
    return (
      <>
        {change.path !== undefined && <FilePath path={change.path} />}
        {change.diffs.map((rows, at) => (
          <DiffView key={at} rows={rows} />
        ))}
      </>
    );
  }
  switch (name) {
    case 'Bash': {
      const description = asString(value.description);
      return (
        <>
          {description !== undefined && <p className={styles.description}>{description}</p>}
          <pre className={styles.command} data-testid="tool-command">
            <span aria-hidden="true">$ </span>
            {asString(value.command) ?? ''}
          </pre>
        </>
      );
    }
    case 'Agent':
    case 'Task': {
      const description = asString(value.description);
      return (
        <>
          {description !== undefined && <p className={styles.description}>{description}</p>}
          <p className={styles.prompt}>{asString(value.prompt) ?? ''}</p>
        </>
      );
    }
    case 'TodoWrite': {
      const todos = todosOfInput(value);
      return todos === undefined ? <JsonView value={input} /> : <TodoItems todos={todos} />;
    }
    default:
      return <JsonView value={input} />;
  }
}

function FilePath({ path }: { path: string }) {
  return <p className={styles.path}>{path}</p>;
}

export function JsonView({ value }: { value: unknown }) {
  return (
    <pre className={styles.json} tabIndex={0} aria-label="Tool input">
      {value === undefined ? '' : JSON.stringify(value, null, 2)}
    </pre>
  );
}
