import { describe, expect, it } from 'vitest';
import {
  answeredInput,
  answerOf,
  isAskedInACard,
  noChoice,
  pick,
  pickOther,
  readQuestions,
  type Question,
} from '@/features/chat/questions/question-answers';

const input = {
  questions: [
    {
      question: 'Which language?',
      header: 'Language',
      options: [
        { label: 'C#', description: 'On .NET' },
        { label: 'TypeScript', description: 'In the browser' },
      ],
      multiSelect: false,
    },
    {
      question: 'Which sections?',
      header: 'Sections',
      options: [
        { label: 'Install', description: 'How to install' },
        { label: 'Usage', description: 'How to use' },
        { label: 'License', description: 'The terms' },
      ],
      multiSelect: true,
    },
  ],
};

const [single, multi] = readQuestions(input) as [Question, Question];

describe('question answers', () => {
  it('reads the questions, their options and whether several may be chosen', () => {
    expect(single).toEqual({
      question: 'Which language?',
      header: 'Language',
      options: [
        { label: 'C#', description: 'On .NET' },
        { label: 'TypeScript', description: 'In the browser' },
      ],
      multiSelect: false,
    });
    expect(multi.multiSelect).toBe(true);
    expect(readQuestions({ questions: [{ header: 'no text' }, 'junk'] })).toEqual([]);
    expect(readQuestions(null)).toEqual([]);
  });

  it('keeps one option of a single-select question, the last picked', () => {
    const choice = pick(single, pick(single, noChoice, 'C#', true), 'TypeScript', true);

    expect(answerOf(single, choice)).toBe('TypeScript');
  });

  it('joins the options of a multi-select question in the order offered, with the free text last', () => {
    let choice = pick(multi, noChoice, 'Usage', true);
    choice = pick(multi, choice, 'Install', true);
    choice = pickOther(multi, choice, true);
    choice = { ...choice, other: ' Changelog ' };

    expect(answerOf(multi, choice)).toBe('Install, Usage, Changelog');
    expect(answerOf(multi, pick(multi, choice, 'Usage', false))).toBe('Install, Changelog');
  });

  it('takes the free text in place of an option of a single-select question', () => {
    const choice = { ...pickOther(single, pick(single, noChoice, 'C#', true), true), other: 'Go' };

    expect(choice.labels).toEqual([]);
    expect(answerOf(single, choice)).toBe('Go');
  });

  it('has no answer while nothing is chosen or "Other" is ticked without text', () => {
    expect(answerOf(single, noChoice)).toBeUndefined();
    expect(answerOf(multi, pickOther(multi, pick(multi, noChoice, 'Usage', true), true))).toBe(
      undefined,
    );
  });

  it('adds the answers, keyed by question, to the input as asked once every question is answered', () => {
    const language = pick(single, noChoice, 'TypeScript', true);
    const sections = pick(multi, pick(multi, noChoice, 'Install', true), 'License', true);

    expect(answeredInput(input, [single, multi], [language, noChoice])).toBeUndefined();
    expect(answeredInput(input, [single, multi], [language, sections])).toEqual({
      ...input,
      answers: { 'Which language?': 'TypeScript', 'Which sections?': 'Install, License' },
    });
  });

  it('leaves a call of AskUserQuestion to the card of its prompt, and every other call to its own', () => {
    const prompts = { p1: { toolUseId: 'toolu_ask' } };

    expect(
      isAskedInACard({ type: 'tool_use', id: 'toolu_ask', name: 'AskUserQuestion' }, prompts),
    ).toBe(true);
    expect(
      isAskedInACard({ type: 'tool_use', id: 'toolu_other', name: 'AskUserQuestion' }, prompts),
    ).toBe(false);
    expect(isAskedInACard({ type: 'tool_use', id: 'toolu_ask', name: 'Bash' }, prompts)).toBe(
      false,
    );
  });
});
