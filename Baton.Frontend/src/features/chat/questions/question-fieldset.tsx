import { useId } from 'react';
import {
  maxAnswerLength,
  pick,
  pickOther,
  type Choice,
  type Question,
} from '@/features/chat/questions/question-answers';
import styles from './question-card.module.css';

type QuestionFieldsetProps = {
  question: Question;
  choice: Choice;
  onChange: (choice: Choice) => void;
};

/** One question: its header chip, its options with their descriptions, and an answer of one's own. */
export function QuestionFieldset({ question, choice, onChange }: QuestionFieldsetProps) {
  const group = useId();
  const type = question.multiSelect ? 'checkbox' : 'radio';
  return (
    <fieldset className={styles.question} data-testid="question">
      <legend className={styles.legend}>
        {question.header !== '' && (
          <span className={styles.chip} data-testid="question-header">
            {question.header}
          </span>
        )}
        <span className={styles.text}>{question.question}</span>
        <span className={styles.mode}>{question.multiSelect ? 'Choose any' : 'Choose one'}</span>
      </legend>
      {question.options.map((option) => (
        <label key={option.label} className={styles.option} data-testid="question-option">
          <input
            type={type}
            name={group}
            checked={choice.labels.includes(option.label)}
            onChange={(event) => {
              onChange(pick(question, choice, option.label, event.target.checked));
            }}
          />
          <span className={styles.optionText}>
            <span className={styles.label}>{option.label}</span>
            {option.description !== '' && (
              <span className={styles.description} data-testid="question-option-description">
                {option.description}
              </span>
            )}
          </span>
        </label>
      ))}
      <div className={styles.other}>
        <label className={styles.option}>
          <input
            type={type}
            name={group}
            checked={choice.other !== undefined}
            onChange={(event) => {
              onChange(pickOther(question, choice, event.target.checked));
            }}
            data-testid="question-other"
          />
          <span className={styles.label}>Other</span>
        </label>
        <input
          type="text"
          className={styles.otherText}
          aria-label={`Your own answer to: ${question.question}`}
          placeholder="Your own answer"
          maxLength={maxAnswerLength}
          value={choice.other ?? ''}
          onChange={(event) => {
            // Typing an answer of one's own ticks "Other".
            const ticked = choice.other === undefined ? pickOther(question, choice, true) : choice;
            onChange({ ...ticked, other: event.target.value });
          }}
          data-testid="question-other-text"
        />
      </div>
    </fieldset>
  );
}
