import { Info } from 'lucide-react';
import { explainError } from '@/lib/error-messages';
import styles from './assistant-message.module.css';

type ErrorNoticeProps = {
  code: string | undefined;
  message: string;
};

/** An error where it happened: what went wrong, what to do, and the raw detail for the curious. */
export function ErrorNotice({ code, message }: ErrorNoticeProps) {
  const explanation = explainError(code, message);
  return (
    <div className={styles.error} role="alert" data-testid="chat-error" data-code={code ?? ''}>
      <Info size={16} aria-hidden="true" />
      <div>
        <p className={styles.errorTitle}>{explanation.title}</p>
        <p>{explanation.advice}</p>
        {message !== '' && message !== explanation.title && message !== explanation.advice && (
          <details className={styles.errorDetail}>
            <summary>Details</summary>
            <pre>{message}</pre>
          </details>
        )}
      </div>
    </div>
  );
}
