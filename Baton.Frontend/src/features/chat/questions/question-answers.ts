import type { CliJson, ToolUseBlock } from '@/lib/realtime/contract.generated';
import { asArray, asObject, asString } from '@/features/chat/utils/json-value';

/** The CLI's tool for asking the person questions; its prompt is answered with the answers. */
export const askUserQuestionTool = 'AskUserQuestion';

/** The longest answer the API takes (`QuestionAnswers.MaxAnswerLength`). */
export const maxAnswerLength = 2_000;

export type QuestionOption = { label: string; description: string };

export type Question = {
  question: string;
  header: string;
  options: QuestionOption[];
  multiSelect: boolean;
};

/** What the person picked for one question: option labels, and free text when "Other" is ticked. */
export type Choice = { labels: readonly string[]; other: string | undefined };

export const noChoice: Choice = { labels: [], other: undefined };

/**
 * Whether a tool call is Claude's questions shown in their own card (its prompt's): its card would
 * only repeat them as raw input.
 */
export function isAskedInACard(
  block: ToolUseBlock,
  prompts: Readonly<Record<string, { toolUseId: string }>>,
): boolean {
  return (
    block.name === askUserQuestionTool &&
    Object.values(prompts).some((prompt) => prompt.toolUseId === block.id)
  );
}

/** The questions of an AskUserQuestion call's input, as the model wrote them. */
export function readQuestions(input: CliJson): Question[] {
  return asArray(asObject(input)?.questions).flatMap((value) => {
    const question = asObject(value);
    const text = asString(question?.question);
    if (text === undefined) {
      return [];
    }
    return [
      {
        question: text,
        header: asString(question?.header) ?? '',
        options: asArray(question?.options).flatMap((entry) => {
          const option = asObject(entry);
          const label = asString(option?.label);
          return label === undefined
            ? []
            : [{ label, description: asString(option?.description) ?? '' }];
        }),
        multiSelect: question?.multiSelect === true,
      },
    ];
  });
}

/**
 * A choice in the words the CLI takes: one label, several joined by ", " in the order offered,
 * or the free text. Undefined while nothing is chosen, or "Other" is ticked with no text.
 */
export function answerOf(question: Question, choice: Choice): string | undefined {
  const other = choice.other?.trim();
  if (other === '') {
    return undefined;
  }
  if (!question.multiSelect) {
    return other ?? choice.labels[0];
  }
  const labels = question.options
    .map((option) => option.label)
    .filter((label) => choice.labels.includes(label));
  const parts = other === undefined ? labels : [...labels, other];
  return parts.length === 0 ? undefined : parts.join(', ');
}

/**
 * The updated input an allow carries: the input as asked plus `answers`, keyed by each question's
 * text. Undefined until every question has an answer.
 */
export function answeredInput(
  input: CliJson,
  questions: readonly Question[],
  choices: readonly Choice[],
): Record<string, unknown> | undefined {
  const answers: Record<string, string> = {};
  for (const [at, question] of questions.entries()) {
    const answer = answerOf(question, choices[at] ?? noChoice);
    if (answer === undefined) {
      return undefined;
    }
    answers[question.question] = answer;
  }
  return { ...asObject(input), answers };
}

/** Picks an option: the only one of a single-select question (dropping "Other"), or one more. */
export function pick(question: Question, choice: Choice, label: string, picked: boolean): Choice {
  if (!question.multiSelect) {
    return picked ? { labels: [label], other: undefined } : choice;
  }
  const labels = choice.labels.filter((chosen) => chosen !== label);
  return { ...choice, labels: picked ? [...labels, label] : labels };
}

/** Ticks or unticks "Other" (in a single-select question it replaces the option picked). */
export function pickOther(question: Question, choice: Choice, picked: boolean): Choice {
  if (!picked) {
    return { ...choice, other: undefined };
  }
  return {
    labels: question.multiSelect ? choice.labels : [],
    other: choice.other ?? '',
  };
}
