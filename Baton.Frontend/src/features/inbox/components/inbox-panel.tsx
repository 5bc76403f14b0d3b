import { useQueryClient } from '@tanstack/react-query';
import { X } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import { explainError } from '@/lib/error-messages';
import { formatMoment } from '@/lib/format-moment';
import { useDismissFailedRun } from '@/features/inbox/api/dismiss-failed-run';
import {
  inboxQueryKey,
  useInbox,
  type Inbox,
  type InboxFailedRun,
  type InboxPrompt,
  type InboxRun,
} from '@/features/inbox/api/get-inbox';
import { InboxPlace } from '@/features/inbox/components/inbox-place';
import { withoutPrompt } from '@/features/inbox/utils/inbox-state';
import styles from './inbox.module.css';

type InboxPanelProps = {
  // Draws a waiting prompt's card, to be answered where it is; `onAnswered` once the server took the answer.
  renderPrompt: (prompt: InboxPrompt, onAnswered: () => void) => ReactNode;
};

/** "Needs you": what waits for the person across all their projects, kept current by their room. */
export function InboxPanel({ renderPrompt }: InboxPanelProps) {
  const inbox = useInbox();
  const queryClient = useQueryClient();

  if (inbox.isError) {
    return (
      <Card title="Needs you">
        <p role="alert">The inbox could not be loaded: {inbox.error.message}</p>
      </Card>
    );
  }
  if (inbox.data === undefined) {
    return (
      <Card title="Needs you">
        <p role="status">Loading…</p>
      </Card>
    );
  }

  const { prompts, running, failed } = inbox.data;
  // Gone at once when answered here; the server's next list agrees.
  const answered = (promptId: string) => () => {
    queryClient.setQueryData<Inbox>(inboxQueryKey, (current) =>
      current === undefined ? undefined : withoutPrompt(current, promptId),
    );
  };
  return (
    <Card title="Needs you">
      {prompts.length + running.length + failed.length === 0 ? (
        <p className={styles.empty} data-testid="inbox-empty">
          Nothing needs you right now. Prompts waiting for an answer, answers at work and runs that
          failed show here, from every project.
        </p>
      ) : (
        <>
          <InboxSection title="Waiting for you" count={prompts.length}>
            {prompts.map((prompt) => (
              <li
                key={prompt.promptId}
                className={styles.item}
                data-testid="inbox-prompt"
                data-prompt-id={prompt.promptId}
              >
                <InboxPlace conversation={prompt.conversation} />
                {renderPrompt(prompt, answered(prompt.promptId))}
              </li>
            ))}
          </InboxSection>
          <InboxSection title="Running" count={running.length}>
            {running.map((run) => (
              <RunningItem key={run.requestId} run={run} />
            ))}
          </InboxSection>
          <InboxSection title="Failed" count={failed.length}>
            {failed.map((run) => (
              <FailedItem key={run.requestId} run={run} />
            ))}
          </InboxSection>
        </>
      )}
    </Card>
  );
}

function InboxSection({
  title,
  count,
  children,
}: {
  title: string;
  count: number;
  children: ReactNode;
}) {
  const titleId = useId();
  if (count === 0) {
    return null;
  }
  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.sectionTitle}>
        {title} ({count})
      </h3>
      <ul className={styles.list}>{children}</ul>
    </section>
  );
}

function RunningItem({ run }: { run: InboxRun }) {
  return (
    <li className={styles.item} data-testid="inbox-running" data-request-id={run.requestId}>
      <InboxPlace conversation={run.conversation} />
      <span className={styles.meta}>
        Claude Code has been at work since{' '}
        <time dateTime={run.startedAt}>{formatMoment(run.startedAt)}</time>
      </span>
    </li>
  );
}

function FailedItem({ run }: { run: InboxFailedRun }) {
  const dismiss = useDismissFailedRun();
  const explanation = explainError(run.code, run.message);
  return (
    <li className={styles.item} data-testid="inbox-failed" data-request-id={run.requestId}>
      <div className={styles.row}>
        <InboxPlace conversation={run.conversation} />
        <button
          type="button"
          aria-label={`Dismiss the failure in ${run.conversation.title}`}
          title="Dismiss"
          disabled={dismiss.isPending}
          onClick={() => {
            dismiss.mutate(run.requestId);
          }}
          data-testid="inbox-dismiss"
        >
          <X size={16} aria-hidden="true" />
        </button>
      </div>
      <p className={styles.failure}>{explanation.title}</p>
      <span className={styles.meta}>
        {run.message !== '' && run.message !== explanation.title && `${run.message} · `}
        <time dateTime={run.endedAt}>{formatMoment(run.endedAt)}</time>
      </span>
    </li>
  );
}
