import { describe, expect, it } from 'vitest';
import type { AssistantChatMessage, ChatState } from '@/features/chat/types/chat-state';
import {
  acceptSentMessage,
  addPendingUserMessage,
  chatStateFromHistory,
  emptyChatState,
} from '@/features/chat/state/conversation-state';
import { flushBuffered, receiveEvents } from '@/features/chat/state/seq-order';
import {
  assistantMessageId,
  EventScript,
  requestId,
  storedMessage,
  userMessageId,
} from '@/testing/chat-events';

function messages(state: ChatState) {
  return state.order.map((key) => state.messages[key]);
}

function assistant(state: ChatState): AssistantChatMessage {
  const found = messages(state).find((message) => message?.role === 'assistant');
  if (found?.role !== 'assistant') {
    throw new Error('no assistant message');
  }
  return found;
}

function texts(state: ChatState): string[] {
  return assistant(state).blocks.flatMap((block) => (block.type === 'text' ? [block.text] : []));
}

describe('conversation state', () => {
  it('folds text deltas into one block by CLI message id and index, in seq order', () => {
    const script = new EventScript().userMessage('hi').textBlock('m1', 0, ['Hello', ' there', '!']);

    const { state, hasGap } = receiveEvents(emptyChatState(), script.events);

    expect(hasGap).toBe(false);
    expect(state.lastSeq).toBe(script.lastSeq);
    expect(texts(state)).toEqual(['Hello there!']);
    expect(messages(state).map((message) => message?.role)).toEqual(['user', 'assistant']);
    expect(state.activeRequestId).toBe(requestId);
  });

  it('keeps blocks of the same index in different CLI messages apart', () => {
    const script = new EventScript()
      .userMessage('hi')
      .textBlock('m1', 0, ['first'])
      .textBlock('m2', 0, ['second']);

    const { state } = receiveEvents(emptyChatState(), script.events);

    expect(texts(state)).toEqual(['first', 'second']);
  });

  it('applies a replayed event only once', () => {
    const script = new EventScript().userMessage('hi').textBlock('m1', 0, ['a', 'b', 'c']);

    const once = receiveEvents(emptyChatState(), script.events).state;
    const twice = receiveEvents(once, script.events).state;

    expect(texts(twice)).toEqual(['abc']);
    expect(twice.order).toHaveLength(2);
  });

  it('holds an event that arrives ahead of a missing seq until the gap is filled', () => {
    const script = new EventScript()
      .userMessage('hi')
      .textBlock('m1', 0, ['one', ' two', ' three']);
    const [first, second, third, ...rest] = script.events;
    if (first === undefined || second === undefined || third === undefined) {
      throw new Error('script too short');
    }

    const ahead = receiveEvents(emptyChatState(), [first, third]);
    expect(ahead.hasGap).toBe(true);
    expect(ahead.state.lastSeq).toBe(1);

    const filled = receiveEvents(ahead.state, [second, ...rest]);
    expect(filled.hasGap).toBe(false);
    expect(texts(filled.state)).toEqual(['one two three']);
  });

  it('applies what is still held once the event log has been read for the gap', () => {
    const script = new EventScript().userMessage('hi').textBlock('m1', 0, ['x', 'y']);
    const [first, , ...later] = script.events;
    if (first === undefined) {
      throw new Error('script too short');
    }

    const held = receiveEvents(emptyChatState(), [first, ...later]);
    const flushed = flushBuffered(held.state);

    expect(flushed.buffered.size).toBe(0);
    expect(flushed.lastSeq).toBe(script.lastSeq);
    expect(texts(flushed)).toEqual(['xy']);
  });

  it('continues a streaming answer from history with the events after its lastSeq, each once', () => {
    const live = new EventScript(2)
      .stream({ kind: 'text_delta', cliMessageId: 'm1', index: 0, text: ' world' })
      .complete();
    const history = chatStateFromHistory({
      lastSeq: 2,
      hasMore: false,
      messages: [
        storedMessage({ id: userMessageId, role: 'user', content: [{ type: 'text', text: 'hi' }] }),
        storedMessage({
          id: assistantMessageId,
          role: 'assistant',
          status: 'streaming',
          content: [{ type: 'text', cliMessageId: 'm1', index: 0, text: 'Hello', streaming: true }],
        }),
      ],
    });
    expect(history.activeRequestId).toBe(requestId);

    // A replay may resend what history already holds (seq 1 and 2): both are dropped.
    const replayed = new EventScript().userMessage('hi').stream({
      kind: 'text_delta',
      cliMessageId: 'm1',
      index: 0,
      text: 'Hello',
    });
    const { state } = receiveEvents(history, [...replayed.events, ...live.events]);

    expect(texts(state)).toEqual(['Hello world']);
    expect(state.order).toHaveLength(2);
    expect(assistant(state).status).toBe('completed');
    expect(assistant(state).figures).toMatchObject({ durationMs: 2500, costUsd: 0.0123 });
    expect(state.activeRequestId).toBeNull();
  });

  it('shows a tool call with its result and a permission prompt until it is resolved', () => {
    const script = new EventScript()
      .userMessage('list files')
      .toolCall('m1', 0, 'toolu_1', 'Bash', { command: 'ls' })
      .prompt('p1', 'Bash', { command: 'ls' });
    const prompted = receiveEvents(emptyChatState(), script.events).state;
    expect(prompted.prompts.p1?.resolution).toBeUndefined();

    script.resolved('p1', 'allow').toolResult('toolu_1', 'README.md');
    const { state } = receiveEvents(prompted, script.events);

    const [tool, permission, result] = assistant(state).blocks;
    expect(tool).toMatchObject({ type: 'tool_use', name: 'Bash', input: { command: 'ls' } });
    expect(permission).toMatchObject({ type: 'permission', promptId: 'p1', decision: 'allow' });
    expect(result).toMatchObject({
      type: 'tool_result',
      toolUseId: 'toolu_1',
      content: 'README.md',
    });
    expect(state.prompts.p1?.resolution).toEqual({ decision: 'allow', by: 'user', mode: null });
  });

  it('replaces the message sent from this tab with the stored one instead of adding another', () => {
    const pending = addPendingUserMessage(emptyChatState(), {
      clientMessageId: 'client-1',
      text: 'hi',
      attachments: [],
    });
    const accepted = acceptSentMessage(pending, 'client-1', {
      requestId,
      userMessageId,
      assistantMessageId,
    });
    const { state } = receiveEvents(
      accepted,
      new EventScript().userMessage('hi', 'client-1').events,
    );

    const users = messages(state).filter((message) => message?.role === 'user');
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ id: userMessageId, pending: false, text: 'hi' });
    expect(state.activeRequestId).toBe(requestId);
  });

  it('ends the run where an error happened and cancels its open prompt', () => {
    const script = new EventScript()
      .userMessage('hi')
      .prompt('p1', 'Write', { file_path: '/x' })
      .error('bridge_disconnected', 'The bridge went away.');

    const { state } = receiveEvents(emptyChatState(), script.events);

    expect(assistant(state).status).toBe('failed');
    expect(assistant(state).blocks.at(-1)).toMatchObject({
      type: 'error',
      code: 'bridge_disconnected',
    });
    expect(state.prompts.p1?.resolution).toEqual({ decision: 'deny', by: 'cancelled', mode: null });
    expect(state.activeRequestId).toBeNull();
  });

  it('catches up five thousand events in one pass', () => {
    const script = new EventScript();
    for (let turn = 0; turn < 50; turn += 1) {
      const run = `run-${turn}`;
      script.userMessage(`question ${turn}`, `client-${turn}`, run, `u${turn}`);
      for (let delta = 0; delta < 97; delta += 1) {
        script.stream(
          { kind: 'text_delta', cliMessageId: `m${turn}`, index: 0, text: 'w ' },
          run,
          `a${turn}`,
        );
      }
      script.complete(run, `a${turn}`);
    }

    const started = performance.now();
    const { state } = receiveEvents(emptyChatState(), script.events);
    const elapsedMs = performance.now() - started;

    expect(state.lastSeq).toBe(script.lastSeq);
    expect(state.order).toHaveLength(100);
    expect(elapsedMs).toBeLessThan(1_000);
  });
});
