import { Circle, LoaderCircle, SquareCheck } from 'lucide-react';
import type { TodoItem } from '@/features/chat/todos/todo-list';
import styles from './todo-items.module.css';

const statusLabel = { pending: 'To do', in_progress: 'In progress', completed: 'Done' } as const;

/** A todo list, one line per item with its state; the item in progress reads as Claude says it. */
export function TodoItems({ todos }: { todos: readonly TodoItem[] }) {
  return (
    <ul className={styles.todos} data-testid="todo-list">
      {todos.map((todo, at) => (
        <li key={at} className={styles.todo} data-status={todo.status} data-testid="todo-item">
          {todo.status === 'completed' ? (
            <SquareCheck aria-hidden="true" size={16} />
          ) : todo.status === 'in_progress' ? (
            <LoaderCircle aria-hidden="true" size={16} />
          ) : (
            <Circle aria-hidden="true" size={16} />
          )}
          <span className="visually-hidden">{statusLabel[todo.status]}: </span>
          <span className={styles.text}>
            {todo.status === 'in_progress' ? (todo.activeForm ?? todo.content) : todo.content}
          </span>
        </li>
      ))}
    </ul>
  );
}
