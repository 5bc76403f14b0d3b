import { ListChecks } from 'lucide-react';
import { TodoItems } from '@/features/chat/todos/todo-items';
import type { TodoItem } from '@/features/chat/todos/todo-list';
import styles from './todo-checklist.module.css';

/**
 * The running answer's todo list, pinned above the conversation while the run goes, so a reader
 * scrolled anywhere sees how far Claude has come. Once the run ends it is gone from here; the
 * TodoWrite cards in the answer keep each version of the list.
 */
export function TodoChecklist({ todos }: { todos: readonly TodoItem[] }) {
  const done = todos.filter((todo) => todo.status === 'completed').length;
  return (
    <section
      className={styles.checklist}
      data-testid="todo-checklist"
      aria-label="Claude's checklist"
    >
      <h2 className={styles.heading}>
        <ListChecks aria-hidden="true" size={16} />
        Checklist
        <span className={styles.progress} data-testid="todo-progress">
          {done} of {todos.length} done
        </span>
      </h2>
      <div className={styles.items} tabIndex={0}>
        <TodoItems todos={todos} />
      </div>
    </section>
  );
}
