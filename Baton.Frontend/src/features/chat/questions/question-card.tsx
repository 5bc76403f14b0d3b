import { MessageCircleQuestionMark } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import { explainError } from '@/lib/error-messages';
import type { CliJson, PermissionDecision } from '@/lib/realtime/contract.generated';
import type { HubFailure } from '@/lib/realtime/hub-error';
import { formatRemaining, useRemainingMs } from '@/features/chat/hooks/use-prompt-countdown';
import { QuestionFieldset } from '@/features/chat/questions/question-fieldset';
import {
  answeredInput,
  noChoice,
  readQuestions,
  type Choice,
  type Question,
} from '@/features/chat/questions/question-answers';
import type { PromptState } from '@/features/chat/types/chat-state';
import styles from './question-card.module.css';

type QuestionCardProps = {
  prompt: PromptState;
  onRespond: (
    decision: PermissionDecision,
    updatedInput?: CliJson,
  ) => Promise<HubFailure | undefined>;
};

/** Claude's questions (the AskUserQuestion tool): answered here, then shown with their answers. */
export function QuestionCard({ prompt, onRespond }: QuestionCardProps) {
  const questions = useMemo(() => readQuestions(prompt.input), [prompt.input]);
  return prompt.resolution === undefined ? (
    <PendingQuestions prompt={prompt} questions={questions} onRespond={onRespond} />
  ) : (
    <AnsweredQuestions prompt={prompt} questions={questions} />
  );
}

type PendingQuestionsProps = QuestionCardProps & { questions: Question[] };

function PendingQuestions({ prompt, questions, onRespond }: PendingQuestionsProps) {
  const titleId = useId();
  const hintId = useId();
  const [choices, setChoices] = useState<Choice[]>(() => questions.map(() => noChoice));
  const [answering, setAnswering] = useState(false);
  const [failure, setFailure] = useState<HubFailure | undefined>(undefined);
  const remainingMs = useRemainingMs(prompt.expiresAt);
  const expired = remainingMs <= 0;
  const updatedInput = answeredInput(prompt.input, questions, choices);

  const respond = async (decision: PermissionDecision, input?: CliJson) => {
    setAnswering(true);
    setFailure(undefined);
    const result = await onRespond(decision, input);
    setAnswering(false);
    setFailure(result);
  };

  return (
    <section
      className={styles.card}
      data-testid="question-card"
      data-prompt-id={prompt.promptId}
      data-state="pending"
      aria-labelledby={titleId}
      // Focused by the jump-to-prompt shortcut, which then reads its title.
      tabIndex={-1}
    >
      <header className={styles.header}>
        <MessageCircleQuestionMark size={16} aria-hidden="true" />
        <h3 id={titleId} className={styles.title}>
          {questions.length === 1
            ? 'Claude has a question for you'
            : `Claude has ${questions.length} questions for you`}
        </h3>
        <span className={styles.countdown} data-testid="question-countdown" aria-live="off">
          {expired ? 'expired' : `${formatRemaining(remainingMs)} left`}
        </span>
      </header>
      <form
        className={styles.form}
        aria-labelledby={titleId}
        onSubmit={(event) => {
          event.preventDefault();
          if (updatedInput !== undefined) {
            void respond('allow', updatedInput);
          }
        }}
      >
        {questions.map((question, at) => (
          <QuestionFieldset
            key={question.question}
            question={question}
            choice={choices[at] ?? noChoice}
            onChange={(choice) => {
              setChoices((current) => current.map((old, index) => (index === at ? choice : old)));
            }}
          />
        ))}
        <div className={styles.actions}>
          <button
            type="submit"
            className={styles.submit}
            disabled={answering || expired || updatedInput === undefined}
            aria-describedby={updatedInput === undefined ? hintId : undefined}
            data-testid="question-submit"
          >
            Submit answers
          </button>
          <button
            type="button"
            className={styles.decline}
            disabled={answering || expired}
            onClick={() => void respond('deny')}
            data-testid="question-decline"
          >
            Decline to answer
          </button>
          {updatedInput === undefined && (
            <span id={hintId} className={styles.hint}>
              Answer every question to submit.
            </span>
          )}
        </div>
        {failure !== undefined && (
          <p className={styles.failure} role="alert">
            {explainError(failure.code, failure.text).title}
          </p>
        )}
      </form>
    </section>
  );
}

function AnsweredQuestions({ prompt, questions }: { prompt: PromptState; questions: Question[] }) {
  const titleId = useId();
  const answers = prompt.resolution?.answers ?? [];
  return (
    <section
      className={`${styles.card} ${styles.answered}`}
      data-testid="question-card"
      data-prompt-id={prompt.promptId}
      data-state="resolved"
      aria-labelledby={titleId}
    >
      <header className={styles.header}>
        <MessageCircleQuestionMark size={16} aria-hidden="true" />
        <h3 id={titleId} className={styles.title}>
          Claude asked
        </h3>
        <span className={styles.outcome} data-testid="question-outcome">
          {describeOutcome(prompt.resolution)}
        </span>
      </header>
      <dl className={styles.answers}>
        {questions.map((question) => (
          <div key={question.question} className={styles.answer} data-testid="question-answered">
            <dt>
              {question.header !== '' && (
                <span className={styles.chip} data-testid="question-header">
                  {question.header}
                </span>
              )}
              <span className={styles.text}>{question.question}</span>
            </dt>
            <dd data-testid="question-answer">
              {answers.find((answer) => answer.question === question.question)?.answer ??
                'Not answered'}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function describeOutcome(resolution: PromptState['resolution']): string {
  switch (resolution?.by) {
    case 'user':
      return resolution.decision === 'deny' ? 'you declined to answer' : 'you answered';
    case 'expiry':
      return 'nobody answered in time';
    case 'cancelled':
      return 'no longer needed';
    case 'rule':
      return 'settled by a saved rule';
    case undefined:
      return '';
  }
}
