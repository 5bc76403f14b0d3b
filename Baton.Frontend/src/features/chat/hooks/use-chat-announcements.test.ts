import { describe, expect, it } from 'vitest';
import { listen } from '@/features/chat/hooks/use-chat-announcements';
import { emptyChatState } from '@/features/chat/state/conversation-state';
import { receiveEvents } from '@/features/chat/state/seq-order';
import { EventScript } from '@/testing/chat-events';

const nothingHeard = { state: undefined, run: null, prompts: new Set<string>(), text: '' };

describe('chat announcements', () => {
  it('says that Claude waits for an answer once per prompt, and how to get there', () => {
    const script = new EventScript().userMessage('write a file').prompt('p1', 'Write', {});
    const waiting = receiveEvents(emptyChatState(), script.events).state;

    const first = listen(nothingHeard, waiting);
    const again = listen(first, { ...waiting });

    expect(first.text).toContain('Claude Code is waiting for you: allow Write?');
    expect(first.text).toContain('Alt+P');
    expect(again.text).toBe(first.text);
    expect(again.prompts).toEqual(new Set(['p1']));
  });

  it('says that Claude waits for answers to its questions', () => {
    const script = new EventScript()
      .userMessage('ask me')
      .prompt('p1', 'AskUserQuestion', { questions: [] });

    const heard = listen(nothingHeard, receiveEvents(emptyChatState(), script.events).state);

    expect(heard.text).toContain('Claude Code is waiting for you to answer its questions.');
  });

  it('says when an answer starts and when it finished', () => {
    const script = new EventScript().userMessage('hello');
    const running = receiveEvents(emptyChatState(), script.events).state;
    const started = listen(nothingHeard, running);

    const finished = listen(started, receiveEvents(running, script.complete().events).state);

    expect(started.text).toBe('Claude is answering.');
    expect(finished.text).toBe('Answer finished.');
  });
});
