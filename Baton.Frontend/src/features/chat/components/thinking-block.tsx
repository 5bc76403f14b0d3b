import { Brain } from 'lucide-react';
import styles from './assistant-message.module.css';

type ThinkingBlockProps = {
  text: string;
};

/** Claude's thinking, collapsed unless the person opens it. */
export function ThinkingBlock({ text }: ThinkingBlockProps) {
  return (
    <details className={styles.thinking} data-testid="thinking-block">
      <summary>
        <Brain size={14} aria-hidden="true" /> Thinking
      </summary>
      <p className={styles.thinkingText}>{text}</p>
    </details>
  );
}
