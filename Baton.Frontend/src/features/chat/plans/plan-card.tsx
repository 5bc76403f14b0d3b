import { ClipboardList } from 'lucide-react';
import { useId, useState } from 'react';
import { explainError } from '@/lib/error-messages';
import type {
  PermissionDecision,
  PermissionMode,
  ToolResultBlock,
  ToolUseBlock,
} from '@/lib/realtime/contract.generated';
import type { HubFailure } from '@/lib/realtime/hub-error';
import type { PromptAnswer } from '@/features/chat/session/session-types';
import { MarkdownText } from '@/features/chat/components/markdown-text';
import { useBypassAllowed } from '@/features/chat/plans/bypass-allowed';
import { feedbackOf, planOf } from '@/features/chat/plans/plan-text';
import { modeLabel } from '@/features/chat/run-settings/permission-modes';
import type { PromptState } from '@/features/chat/types/chat-state';
import styles from './plan-card.module.css';

type PlanCardProps = {
  call: ToolUseBlock;
  prompt: PromptState | undefined;
  result: ToolResultBlock | undefined;
  onRespond: (
    decision: PermissionDecision,
    answer: PromptAnswer,
  ) => Promise<HubFailure | undefined>;
};

/** The plan Claude presents (ExitPlanMode), with the CLI's own choices while it waits, and what was chosen after. */
export function PlanCard({ call, prompt, result, onRespond }: PlanCardProps) {
  const titleId = useId();
  const plan = planOf(call);
  const waiting = prompt !== undefined && prompt.resolution === undefined;
  return (
    <section
      className={waiting ? `${styles.card} ${styles.waiting}` : styles.card}
      data-testid="plan-card"
      data-prompt-id={prompt?.promptId}
      data-state={waiting ? 'pending' : prompt === undefined ? 'presented' : 'resolved'}
      aria-labelledby={titleId}
      // Focused by the jump-to-prompt shortcut, like a permission card.
      tabIndex={-1}
    >
      <header className={styles.header}>
        <ClipboardList size={16} aria-hidden="true" />
        <h3 id={titleId} className={styles.title}>
          {waiting ? 'Claude Code presents a plan for your approval' : 'Plan'}
        </h3>
      </header>
      <div className={styles.plan} data-testid="plan-text">
        {plan === undefined ? (
          <p className={styles.muted}>The plan is on its way…</p>
        ) : (
          <MarkdownText text={plan} />
        )}
      </div>
      {waiting ? (
        <PlanChoices onRespond={onRespond} />
      ) : (
        prompt?.resolution !== undefined && <PlanOutcome prompt={prompt} result={result} />
      )}
    </section>
  );
}

function PlanChoices({ onRespond }: Pick<PlanCardProps, 'onRespond'>) {
  const bypassAllowed = useBypassAllowed();
  const feedbackId = useId();
  const [feedback, setFeedback] = useState('');
  const [answering, setAnswering] = useState(false);
  const [failure, setFailure] = useState<HubFailure | undefined>(undefined);

  const respond = async (decision: PermissionDecision, answer: PromptAnswer) => {
    setAnswering(true);
    setFailure(undefined);
    const outcome = await onRespond(decision, answer);
    setAnswering(false);
    setFailure(outcome);
  };
  const approve = (mode: PermissionMode) => {
    void respond('allow', { mode });
  };

  return (
    <>
      <div className={styles.actions}>
        <button
          type="button"
          className={styles.primary}
          disabled={answering}
          onClick={() => {
            approve('acceptEdits');
          }}
          data-testid="plan-approve-accept-edits"
        >
          Approve and accept edits
        </button>
        <button
          type="button"
          disabled={answering}
          onClick={() => {
            approve('default');
          }}
          data-testid="plan-approve-default"
        >
          Approve, ask for each edit
        </button>
        {bypassAllowed && (
          <button
            type="button"
            disabled={answering}
            onClick={() => {
              approve('bypassPermissions');
            }}
            data-testid="plan-approve-bypass"
          >
            Approve and bypass permissions
          </button>
        )}
      </div>
      <form
        className={styles.feedback}
        onSubmit={(event) => {
          event.preventDefault();
          void respond('deny', { message: feedback.trim() });
        }}
      >
        <label htmlFor={feedbackId}>Or keep planning: tell Claude what to change</label>
        <textarea
          id={feedbackId}
          rows={2}
          value={feedback}
          onChange={(event) => {
            setFeedback(event.target.value);
          }}
          data-testid="plan-feedback"
        />
        <button
          type="submit"
          disabled={answering || feedback.trim() === ''}
          data-testid="plan-keep-planning"
        >
          Keep planning
        </button>
      </form>
      {failure !== undefined && (
        <p className={styles.failure} role="alert">
          {explainError(failure.code, failure.text).title}
        </p>
      )}
    </>
  );
}

function PlanOutcome({
  prompt,
  result,
}: {
  prompt: PromptState;
  result: ToolResultBlock | undefined;
}) {
  const resolution = prompt.resolution;
  if (resolution === undefined) {
    return null;
  }
  const feedback = feedbackOf(result);
  return (
    <p className={styles.outcome} data-testid="plan-outcome">
      {describeOutcome(resolution)}
      {feedback !== undefined && resolution.decision === 'deny' && (
        <span className={styles.feedbackSent} data-testid="plan-feedback-sent">
          {feedback}
        </span>
      )}
    </p>
  );
}

function describeOutcome(resolution: NonNullable<PromptState['resolution']>): string {
  switch (resolution.by) {
    case 'expiry':
      return 'Nobody answered in time, so Claude Code kept planning.';
    case 'cancelled':
      return 'The run ended before the plan was answered.';
    case 'rule':
    case 'user':
      if (resolution.decision === 'deny') {
        return 'Kept planning, with this feedback:';
      }
      return resolution.mode == null
        ? 'Approved.'
        : `Approved: continuing in “${modeLabel(resolution.mode)}” mode.`;
  }
}
