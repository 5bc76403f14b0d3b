import { ShieldQuestionMark } from 'lucide-react';
import { useId, useState } from 'react';
import { explainError } from '@/lib/error-messages';
import type { PermissionDecision } from '@/lib/realtime/contract.generated';
import type { HubFailure } from '@/lib/realtime/hub-error';
import { ToolInput } from '@/features/chat/components/tool-input';
import { formatRemaining, useRemainingMs } from '@/features/chat/hooks/use-prompt-countdown';
import type { PromptState } from '@/features/chat/types/chat-state';
import { describeSuggestion } from '@/features/chat/utils/permission-suggestions';
import styles from './permission-card.module.css';

type PermissionCardProps = {
  prompt: PromptState;
  onRespond: (
    decision: PermissionDecision,
    suggestionIndexes?: number[],
  ) => Promise<HubFailure | undefined>;
};

export function PermissionCard({ prompt, onRespond }: PermissionCardProps) {
  if (prompt.resolution !== undefined) {
    return (
      <p
        className={styles.resolved}
        data-testid="permission-card"
        data-prompt-id={prompt.promptId}
        data-state="resolved"
      >
        <ShieldQuestionMark size={14} aria-hidden="true" />
        {prompt.toolName}: {describeResolution(prompt.resolution)}
      </p>
    );
  }
  return <PendingPrompt prompt={prompt} onRespond={onRespond} />;
}

function PendingPrompt({ prompt, onRespond }: PermissionCardProps) {
  const titleId = useId();
  const suggestions = prompt.suggestions.map(describeSuggestion);
  const [chosen, setChosen] = useState<number[]>(() =>
    suggestions.flatMap((suggestion, at) => (suggestion.type === 'addRules' ? [at] : [])),
  );
  const [answering, setAnswering] = useState(false);
  const [failure, setFailure] = useState<HubFailure | undefined>(undefined);
  const remainingMs = useRemainingMs(prompt.expiresAt);
  const expired = remainingMs <= 0;

  const respond = async (decision: PermissionDecision) => {
    setAnswering(true);
    setFailure(undefined);
    const result = await onRespond(decision, decision === 'allow_always' ? chosen : undefined);
    setAnswering(false);
    setFailure(result);
  };

  const toggle = (at: number) => {
    setChosen((current) =>
      current.includes(at) ? current.filter((index) => index !== at) : [...current, at].sort(),
    );
  };

  return (
    <section
      className={styles.card}
      data-testid="permission-card"
      data-prompt-id={prompt.promptId}
      data-state="pending"
      aria-labelledby={titleId}
      // Focused by the jump-to-prompt shortcut, which then reads its title.
      tabIndex={-1}
    >
      <header className={styles.header}>
        <ShieldQuestionMark size={16} aria-hidden="true" />
        <h3 id={titleId} className={styles.title}>
          Claude Code wants to use {prompt.toolName}
        </h3>
        <span className={styles.countdown} data-testid="permission-countdown" aria-live="off">
          {expired ? 'expired' : `${formatRemaining(remainingMs)} left`}
        </span>
      </header>
      <div className={styles.input}>
        <ToolInput name={prompt.toolName} input={prompt.input} />
      </div>
      {suggestions.length > 0 && (
        <fieldset className={styles.suggestions}>
          <legend>Allow always remembers</legend>
          {suggestions.map((suggestion, at) => (
            <label key={at} className={styles.suggestion}>
              <input
                type="checkbox"
                checked={chosen.includes(at)}
                onChange={() => {
                  toggle(at);
                }}
                data-testid="permission-suggestion"
              />
              <span>
                {suggestion.label}
                {suggestion.rules.length > 0 && (
                  <span className={styles.rules}>
                    {suggestion.rules.map((rule) => (
                      <code key={rule} data-testid="permission-rule">
                        {rule}
                      </code>
                    ))}
                  </span>
                )}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <div className={styles.actions}>
        <button
          type="button"
          className={styles.allow}
          disabled={answering || expired}
          onClick={() => void respond('allow')}
          data-testid="permission-allow"
        >
          Allow once
        </button>
        <button
          type="button"
          disabled={answering || expired || chosen.length === 0}
          onClick={() => void respond('allow_always')}
          data-testid="permission-allow-always"
          title={suggestions.length === 0 ? 'Claude Code suggested no rule to remember' : undefined}
        >
          Allow always
        </button>
        <button
          type="button"
          className={styles.deny}
          disabled={answering || expired}
          onClick={() => void respond('deny')}
          data-testid="permission-deny"
        >
          Deny
        </button>
      </div>
      {failure !== undefined && (
        <p className={styles.failure} role="alert">
          {explainError(failure.code, failure.text).title}
        </p>
      )}
    </section>
  );
}

function describeResolution(resolution: NonNullable<PromptState['resolution']>): string {
  switch (resolution.by) {
    case 'rule':
      return 'allowed by a saved rule';
    case 'expiry':
      return 'denied because nobody answered in time';
    case 'cancelled':
      return 'no longer needed';
    case 'user':
      return resolution.decision === 'deny'
        ? 'denied'
        : resolution.decision === 'allow_always'
          ? 'allowed always'
          : 'allowed once';
  }
}
