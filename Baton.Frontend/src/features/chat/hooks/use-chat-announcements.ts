import { useState } from 'react';
import { askUserQuestionTool } from '@/features/chat/questions/question-answers';
import type { ChatState, RunStatus } from '@/features/chat/types/chat-state';

/** The keys that move focus to the prompt Claude waits on (with Alt): said in its announcement. */
export const jumpToPromptKey = 'P';

const endings: Record<Exclude<RunStatus, 'streaming'>, string> = {
  completed: 'Answer finished.',
  aborted: 'Answer stopped.',
  failed: 'Answer failed.',
};

type Heard = {
  state: ChatState | undefined;
  run: string | null;
  prompts: ReadonlySet<string>;
  text: string;
};

const nothingHeard: Heard = { state: undefined, run: null, prompts: new Set(), text: '' };

/**
 * What a screen reader should hear about the conversation, said once: a run starting and ending,
 * and every prompt that blocks a run. The message list itself stays silent, as its virtualised
 * items come and go while the reader scrolls.
 */
export function useChatAnnouncements(state: ChatState): string {
  const [heard, setHeard] = useState(nothingHeard);
  if (heard.state !== state) {
    // Derived while rendering, so the announcement lands with the change it describes.
    setHeard(listen(heard, state));
  }
  return heard.text;
}

export function listen(previous: Heard, state: ChatState): Heard {
  const said: string[] = [];
  if (previous.run !== state.activeRequestId) {
    if (previous.run !== null) {
      const key = state.assistantKeyByRequest[previous.run];
      const message = key === undefined ? undefined : state.messages[key];
      if (message?.role === 'assistant' && message.status !== 'streaming') {
        said.push(endings[message.status]);
      }
    }
    if (state.activeRequestId !== null) {
      said.push('Claude is answering.');
    }
  }
  const prompts = new Set(previous.prompts);
  for (const prompt of Object.values(state.prompts)) {
    if (prompt.resolution === undefined && !prompts.has(prompt.promptId)) {
      prompts.add(prompt.promptId);
      said.push(
        prompt.toolName === askUserQuestionTool
          ? `Claude Code is waiting for you to answer its questions. Press Alt+${jumpToPromptKey} to go to them.`
          : `Claude Code is waiting for you: allow ${prompt.toolName}? Press Alt+${jumpToPromptKey} to go to the prompt.`,
      );
    }
  }
  return {
    state,
    run: state.activeRequestId,
    prompts,
    text: said.length > 0 ? said.join(' ') : previous.text,
  };
}
