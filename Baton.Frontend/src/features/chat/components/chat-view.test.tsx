import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { VirtuosoMockContext } from 'react-virtuoso';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WireEvents } from '@/lib/realtime/contract.generated';
import type { EventLogPage } from '@/features/chat/api/get-events';
import { ChatView } from '@/features/chat/components/chat-view';
import type { SessionLoaders } from '@/features/chat/hooks/use-conversation-session';
import type { ConversationEvent } from '@/features/chat/types/chat-state';
import type { HistoryPage } from '@/features/chat/state/conversation-state';
import {
  assistantMessageId,
  conversationId,
  emptyQueueAnswer,
  EventScript,
  requestId,
  storedMessage,
  userMessageId,
} from '@/testing/chat-events';
import { FakeHubConnection } from '@/testing/fake-hub-connection';
import { renderWithProviders } from '@/testing/render-with-providers';

function emit(connection: FakeHubConnection, events: readonly ConversationEvent[]) {
  for (const event of events) {
    connection.emit(event.type, event.payload);
  }
}

function loaders(
  history: HistoryPage,
  eventLog: ConversationEvent[] = [],
): SessionLoaders & {
  loadEvents: ReturnType<typeof vi.fn<SessionLoaders['loadEvents']>>;
} {
  return {
    loadMessages: () => Promise.resolve(history),
    loadEvents: vi.fn<SessionLoaders['loadEvents']>((_id, afterSeq): Promise<EventLogPage> => {
      const events = eventLog.filter((event) => event.payload.seq > afterSeq);
      return Promise.resolve({
        events,
        lastSeq: events.at(-1)?.payload.seq ?? afterSeq,
        full: false,
      });
    }),
  };
}

// The chat inside a page that can close it while the connection stays up.
function ClosableChat({ sessionLoaders }: { sessionLoaders: SessionLoaders }) {
  const [open, setOpen] = useState(true);
  return (
    <VirtuosoMockContext.Provider value={{ viewportHeight: 800, itemHeight: 100 }}>
      <button
        type="button"
        onClick={() => {
          setOpen(false);
        }}
      >
        Close chat
      </button>
      {open && (
        <div style={{ height: 800 }}>
          <ChatView
            conversationId={conversationId}
            projectId="project-1"
            defaultPermissionMode="default"
            defaultModel={null}
            effort={null}
            models={null}
            bypassAllowed={false}
            loaders={sessionLoaders}
          />
        </div>
      )}
    </VirtuosoMockContext.Provider>
  );
}

// The join answer for the streaming history: nothing stored after seq 2, its run still going, nothing queued.
function answerJoinMidRun(connection: FakeHubConnection) {
  connection.answer(WireEvents.conversationJoin, () => ({
    lastSeq: 2,
    activeRequestId: requestId,
    queue: emptyQueueAnswer,
  }));
}

function renderChat(connection: FakeHubConnection, sessionLoaders: SessionLoaders) {
  return renderWithProviders(<ClosableChat sessionLoaders={sessionLoaders} />, { connection });
}

const streamingHistory: HistoryPage = {
  lastSeq: 2,
  hasMore: false,
  messages: [
    storedMessage({
      id: userMessageId,
      role: 'user',
      content: [{ type: 'text', text: 'Say hello' }],
    }),
    storedMessage({
      id: assistantMessageId,
      role: 'assistant',
      status: 'streaming',
      content: [{ type: 'text', cliMessageId: 'm1', index: 0, text: 'Hello', streaming: true }],
    }),
  ],
};

function delta(text: string) {
  return { kind: 'text_delta', cliMessageId: 'm1', index: 0, text } as const;
}

// jsdom lays nothing out: gives the list's scroller a browser's heights, then scrolls it up.
async function scrollListUp(): Promise<HTMLElement> {
  const scroller = screen
    .getByTestId('message-list')
    .querySelector<HTMLElement>('[data-virtuoso-scroller]');
  if (scroller === null) {
    throw new Error('The message list has no scroller.');
  }
  // The list shows its items once a scroll tells it that it reached its opening position.
  await waitFor(() => {
    scroller.dispatchEvent(new Event('scroll'));
    expect(screen.getByTestId('virtuoso-item-list')).not.toHaveStyle({ visibility: 'hidden' });
  });
  Object.defineProperty(scroller, 'clientHeight', { value: 600 });
  Object.defineProperty(scroller, 'scrollHeight', { value: 2_000 });
  act(() => {
    scroller.scrollTop = 1_400;
    scroller.dispatchEvent(new Event('scroll'));
    scroller.scrollTop = 200;
    scroller.dispatchEvent(new Event('scroll'));
  });
  return scroller;
}

describe('ChatView', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('joins with the lastSeq of its history and shows every streamed delta exactly once', async () => {
    const connection = new FakeHubConnection();
    const replay = new EventScript()
      .userMessage('Say hello')
      .stream(delta('Hello'))
      .stream(delta(' wide'))
      .stream(delta(' world'));
    connection.answer(WireEvents.conversationJoin, () => {
      // The server replays from its log what it holds after afterSeq, and sometimes more.
      emit(connection, replay.events);
      return { lastSeq: replay.lastSeq, activeRequestId: requestId, queue: emptyQueueAnswer };
    });

    renderChat(connection, loaders(streamingHistory));

    await waitFor(() => {
      expect(connection.invocationsOf(WireEvents.conversationJoin)).toEqual([
        { conversationId, afterSeq: 2 },
      ]);
    });
    const live = new EventScript(replay.lastSeq).stream(delta('!')).complete();
    act(() => {
      // A live event racing with the replay arrives twice.
      emit(connection, [...replay.events.slice(-1), ...live.events, ...live.events]);
    });

    const answer = await screen.findByTestId('assistant-message');
    await waitFor(() => {
      expect(answer).toHaveAttribute('data-status', 'completed');
    });
    expect(within(answer).getByText('Hello wide world!')).toBeInTheDocument();
    expect(screen.getAllByTestId('user-message')).toHaveLength(1);
    expect(within(answer).getByTestId('run-footer')).toHaveTextContent('2.5 s');
  });

  it('takes the deltas of a stream batch in order, each once, as if each came on its own', async () => {
    const connection = new FakeHubConnection();
    answerJoinMidRun(connection);
    renderChat(connection, loaders(streamingHistory));
    await waitFor(() => {
      expect(connection.invocationsOf(WireEvents.conversationJoin)).toHaveLength(1);
    });
    const stored = new EventScript(2)
      .stream(delta(' one'))
      .stream(delta(' two'))
      .stream(delta(' three'));
    const responses = stored.events.map((event) => {
      if (event.type !== WireEvents.chatStreamResponse) {
        throw new Error('The script holds stream events only.');
      }
      return event.payload;
    });

    act(() => {
      // The first delta came on its own already; the batch repeats it.
      emit(connection, stored.events.slice(0, 1));
      connection.emit(WireEvents.chatStreamBatch, { conversationId, responses });
    });

    await waitFor(() => {
      expect(screen.getByTestId('assistant-message')).toHaveTextContent('Hello one two three');
    });
    expect(screen.getByTestId('assistant-message')).not.toHaveTextContent('one one');
  });

  it('reads a missing seq from the event log and applies the events in order', async () => {
    const connection = new FakeHubConnection();
    answerJoinMidRun(connection);
    const later = new EventScript(2)
      .stream(delta(' one'))
      .stream(delta(' two'))
      .stream(delta(' three'));
    const sessionLoaders = loaders(streamingHistory, later.events);
    renderChat(connection, sessionLoaders);
    await waitFor(() => {
      expect(connection.invocationsOf(WireEvents.conversationJoin)).toHaveLength(1);
    });

    act(() => {
      emit(
        connection,
        [later.events[0], later.events[2]].filter((event) => event !== undefined),
      );
    });

    await waitFor(() => {
      expect(screen.getByTestId('assistant-message')).toHaveTextContent('Hello one two three');
    });
    expect(sessionLoaders.loadEvents).toHaveBeenCalledWith(conversationId, 3);
  });

  it('joins again with the last seq it saw after the connection comes back', async () => {
    const connection = new FakeHubConnection();
    answerJoinMidRun(connection);
    renderChat(connection, loaders(streamingHistory));
    await waitFor(() => {
      expect(connection.invocationsOf(WireEvents.conversationJoin)).toHaveLength(1);
    });
    act(() => {
      emit(connection, new EventScript(2).stream(delta(' again')).events);
    });
    await waitFor(() => {
      expect(screen.getByTestId('assistant-message')).toHaveTextContent('Hello again');
    });

    act(() => {
      connection.dropAndReconnect();
    });

    await waitFor(() => {
      expect(connection.invocationsOf(WireEvents.conversationJoin).at(-1)).toEqual({
        conversationId,
        afterSeq: 3,
      });
    });
  });

  it('joins again a second after a failed join, with the last seq it holds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const connection = new FakeHubConnection();
    let joins = 0;
    connection.answer(WireEvents.conversationJoin, () => {
      joins += 1;
      if (joins === 1) {
        throw new Error('Invocation canceled due to the underlying connection being closed.');
      }
      return { lastSeq: 2, activeRequestId: requestId, queue: emptyQueueAnswer };
    });
    renderChat(connection, loaders(streamingHistory));
    await waitFor(() => {
      expect(connection.invocationsOf(WireEvents.conversationJoin)).toHaveLength(1);
    });

    await act(() => vi.advanceTimersByTimeAsync(1_000));

    await waitFor(() => {
      expect(connection.invocationsOf(WireEvents.conversationJoin)).toEqual([
        { conversationId, afterSeq: 2 },
        { conversationId, afterSeq: 2 },
      ]);
    });
  });

  it('does not join again a conversation that is gone', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const connection = new FakeHubConnection();
    connection.answer(WireEvents.conversationJoin, () => {
      throw new Error('HubException: not_found: The conversation was not found.');
    });
    renderChat(connection, loaders(streamingHistory));
    await waitFor(() => {
      expect(connection.invocationsOf(WireEvents.conversationJoin)).toHaveLength(1);
    });

    // Past the longest wait between tries.
    await act(() => vi.advanceTimersByTimeAsync(31_000));

    expect(connection.invocationsOf(WireEvents.conversationJoin)).toHaveLength(1);
  });

  it('stops the active run with the Stop button or Esc', async () => {
    const connection = new FakeHubConnection();
    answerJoinMidRun(connection);
    const user = userEvent.setup();
    renderChat(connection, loaders(streamingHistory));

    await user.click(await screen.findByTestId('stop-button'));
    await user.keyboard('{Escape}');

    await waitFor(() => {
      expect(connection.invocationsOf(WireEvents.claudeAbort)).toEqual([
        { requestId },
        { requestId },
      ]);
    });
  });

  it("pins the running answer's latest todo list above the conversation until the run ends", async () => {
    const connection = new FakeHubConnection();
    answerJoinMidRun(connection);
    renderChat(connection, loaders(streamingHistory));
    await screen.findByTestId('assistant-message');
    expect(screen.queryByTestId('todo-checklist')).not.toBeInTheDocument();

    const todos = (first: string, second: string) => ({
      todos: [
        { content: 'Run the tests', status: first, activeForm: 'Running the tests' },
        { content: 'Fix the build', status: second, activeForm: 'Fixing the build' },
      ],
    });
    const listed = new EventScript(2)
      .toolCall('m2', 0, 'todo-1', 'TodoWrite', todos('pending', 'pending'))
      .toolResult('todo-1', 'Todos have been modified successfully.')
      .toolCall('m3', 0, 'todo-2', 'TodoWrite', todos('completed', 'in_progress'))
      .toolResult('todo-2', 'Todos have been modified successfully.');
    act(() => {
      emit(connection, listed.events);
    });

    const checklist = await screen.findByRole('region', { name: "Claude's checklist" });
    expect(checklist).toHaveTextContent('1 of 2 done');
    const items = within(checklist).getAllByTestId('todo-item');
    expect(items.map((item) => item.dataset.status)).toEqual(['completed', 'in_progress']);
    expect(items[0]).toHaveTextContent('Run the tests');
    expect(items[1]).toHaveTextContent('Fixing the build');
    // Pinned: outside the scrolled list of messages.
    expect(within(screen.getByTestId('message-list')).queryByTestId('todo-checklist')).toBeNull();

    act(() => {
      emit(connection, new EventScript(listed.lastSeq).complete().events);
    });
    await waitFor(() => {
      expect(screen.queryByTestId('todo-checklist')).not.toBeInTheDocument();
    });
    // The answer's TodoWrite cards keep each version of the list.
    const cards = screen
      .getAllByTestId('tool-card')
      .filter((card) => card.dataset.tool === 'TodoWrite');
    expect(cards).toHaveLength(2);
    expect(within(cards[1] ?? document.body).getByTestId('todo-list')).toHaveTextContent(
      'Fixing the build',
    );
  });

  it('sends a message and shows it at once, then as the server stored it', async () => {
    const connection = new FakeHubConnection();
    connection.answer(WireEvents.conversationJoin, () => ({ lastSeq: 0, queue: emptyQueueAnswer }));
    connection.answer(WireEvents.chatSendMessage, (request) => {
      emit(
        connection,
        new EventScript().userMessage(request.content, request.clientMessageId).events,
      );
      return { requestId, userMessageId, assistantMessageId };
    });
    const user = userEvent.setup();
    renderChat(connection, loaders({ lastSeq: 0, hasMore: false, messages: [] }));

    await user.type(await screen.findByTestId('composer-input'), 'What is in this project?{Enter}');

    await waitFor(() => {
      expect(screen.getByTestId('user-message')).toHaveAttribute('data-pending', 'false');
    });
    expect(screen.getAllByTestId('user-message')).toHaveLength(1);
    expect(screen.getByTestId('user-message')).toHaveTextContent('What is in this project?');
    expect(screen.getByTestId('assistant-message')).toHaveAttribute('data-status', 'streaming');
    expect(screen.getByTestId('stop-button')).toBeInTheDocument();
  });

  it('shows a message sent while the history loads after that history and before its answer', async () => {
    const earlier: HistoryPage = {
      lastSeq: 4,
      hasMore: false,
      messages: [
        storedMessage({
          id: 'u0',
          requestId: 'r0',
          role: 'user',
          content: [{ type: 'text', text: 'Say hello' }],
        }),
        storedMessage({
          id: 'a0',
          requestId: 'r0',
          role: 'assistant',
          content: [{ type: 'text', text: 'Hello' }],
        }),
      ],
    };
    const connection = new FakeHubConnection();
    // The send's answer and the join's replay come when the test says, after the history is shown.
    let stored: ConversationEvent[] = [];
    let answerSend: () => void = () => undefined;
    let answerJoin: () => void = () => undefined;
    const sendAnswered = new Promise<void>((resolve) => {
      answerSend = resolve;
    });
    const joinAnswered = new Promise<void>((resolve) => {
      answerJoin = resolve;
    });
    connection.answer(WireEvents.chatSendMessage, async (request) => {
      stored = new EventScript(earlier.lastSeq)
        .userMessage(request.content, request.clientMessageId)
        .textBlock('m1', 0, ['Hi', ' again']).events;
      await sendAnswered;
      return { requestId, userMessageId, assistantMessageId };
    });
    connection.answer(WireEvents.conversationJoin, async () => {
      await joinAnswered;
      emit(connection, stored);
      return {
        lastSeq: stored.at(-1)?.payload.seq ?? earlier.lastSeq,
        activeRequestId: requestId,
        queue: emptyQueueAnswer,
      };
    });
    let showHistory: (page: HistoryPage) => void = () => undefined;
    const history = new Promise<HistoryPage>((resolve) => {
      showHistory = resolve;
    });
    const user = userEvent.setup();
    renderChat(connection, { ...loaders(earlier), loadMessages: () => history });

    await user.type(await screen.findByTestId('composer-input'), 'Say hello again{Enter}');
    showHistory(earlier);
    await waitFor(() => {
      expect(connection.invocationsOf(WireEvents.chatSendMessage)).toHaveLength(1);
    });
    answerSend();
    await waitFor(() => {
      expect(screen.getAllByTestId('assistant-message')).toHaveLength(2);
    });
    answerJoin();

    await waitFor(() => {
      expect(screen.getAllByTestId('user-message').map((message) => message.textContent)).toEqual([
        'Say hello',
        'Say hello again',
      ]);
    });
    const timeline = screen.getAllByTestId(/^(user|assistant)-message$/);
    expect(timeline.map((message) => message.dataset.testid)).toEqual([
      'user-message',
      'assistant-message',
      'user-message',
      'assistant-message',
    ]);
    expect(timeline.at(-1)).toHaveTextContent('Hi again');
  });

  it('points a reader who scrolled up to a prompt that waits for them, and takes them there', async () => {
    const connection = new FakeHubConnection();
    answerJoinMidRun(connection);
    const user = userEvent.setup();
    renderChat(connection, loaders(streamingHistory));
    await screen.findByTestId('assistant-message');

    const scroller = await scrollListUp();
    expect(await screen.findByTestId('jump-to-newest')).toHaveTextContent('Jump to newest');

    act(() => {
      emit(connection, new EventScript(2).prompt('p1', 'Write', { file_path: 'a.txt' }).events);
    });
    const jump = await screen.findByText('Claude is waiting for you');

    await user.click(jump);
    expect(scroller.scrollTop).toBe(2_000);
    expect(screen.queryByTestId('jump-to-newest')).not.toBeInTheDocument();
  });

  it('brings a reader who scrolled up back to the newest line when they send a message', async () => {
    const connection = new FakeHubConnection();
    connection.answer(WireEvents.conversationJoin, () => ({ lastSeq: 2, queue: emptyQueueAnswer }));
    connection.answer(WireEvents.chatSendMessage, () => ({
      requestId: 'run-2',
      userMessageId: 'user-2',
      assistantMessageId: 'answer-2',
    }));
    const user = userEvent.setup();
    const answered: HistoryPage = {
      ...streamingHistory,
      messages: streamingHistory.messages.map((message) => ({ ...message, status: 'completed' })),
    };
    renderChat(connection, loaders(answered));
    await screen.findByTestId('assistant-message');
    const scroller = await scrollListUp();
    expect(await screen.findByTestId('jump-to-newest')).toBeInTheDocument();

    await user.type(screen.getByTestId('composer-input'), 'And now?{Enter}');

    await waitFor(() => {
      expect(screen.queryByTestId('jump-to-newest')).not.toBeInTheDocument();
    });
    expect(scroller.scrollTop).toBe(2_000);
  });

  it('queues a message sent while a run is busy, below the answer, and shows the queue another tab changed', async () => {
    const connection = new FakeHubConnection();
    answerJoinMidRun(connection);
    const queued = {
      id: 'queued-1',
      conversationId,
      content: 'Then run the tests',
      attachmentIds: [],
      createdAt: '2026-12-03T00:00:00Z',
      updatedAt: '2026-12-03T00:00:00Z',
    };
    connection.answer(WireEvents.chatSendMessage, () => ({ queued }));
    const user = userEvent.setup();
    renderChat(connection, loaders(streamingHistory));

    await user.type(await screen.findByTestId('composer-input'), 'Then run the tests');
    await user.click(screen.getByRole('button', { name: 'Queue' }));

    const queue = await screen.findByTestId('queued-messages');
    expect(queue).toHaveTextContent('Then run the tests');
    expect(screen.getAllByTestId('user-message')).toHaveLength(1);
    act(() => {
      connection.emit(WireEvents.queueChanged, {
        conversationId,
        revision: 3,
        messages: [{ ...queued, content: 'Run only the fast tests' }],
      });
    });
    expect(queue).toHaveTextContent('Run only the fast tests');
    act(() => {
      connection.emit(WireEvents.queueChanged, { conversationId, revision: 2, messages: [] });
    });
    expect(queue).toHaveTextContent('Run only the fast tests');
  });

  it('shows a refused message with what to do about it', async () => {
    const connection = new FakeHubConnection();
    connection.answer(WireEvents.conversationJoin, () => ({ lastSeq: 0, queue: emptyQueueAnswer }));
    connection.answer(WireEvents.chatSendMessage, () => {
      throw new Error(
        "An unexpected error occurred invoking 'chat:send-message' on the server. HubException: bridge_unavailable: the bridge is offline",
      );
    });
    const user = userEvent.setup();
    renderChat(connection, loaders({ lastSeq: 0, hasMore: false, messages: [] }));

    await user.type(await screen.findByTestId('composer-input'), 'hello{Enter}');

    const error = await screen.findByTestId('chat-error');
    expect(error).toHaveAttribute('data-code', 'bridge_unavailable');
    expect(error).toHaveTextContent('The bridge for this project is offline.');
    expect(error).toHaveTextContent('dotnet run --project Baton.Bridge');
  });

  it('leaves no hub handler behind when it unmounts', async () => {
    const connection = new FakeHubConnection();
    connection.answer(WireEvents.conversationJoin, () => ({ lastSeq: 2, queue: emptyQueueAnswer }));
    renderChat(connection, loaders(streamingHistory));
    await waitFor(() => {
      expect(connection.invocationsOf(WireEvents.conversationJoin)).toHaveLength(1);
    });
    expect(connection.handlerCount()).toBeGreaterThan(0);

    await userEvent.click(screen.getByRole('button', { name: 'Close chat' }));

    expect(screen.queryByTestId('chat-view')).not.toBeInTheDocument();
    expect(connection.handlerCount()).toBe(0);
    await waitFor(() => {
      expect(connection.invocationsOf(WireEvents.conversationLeave)).toEqual([{ conversationId }]);
    });
  });

  it('offers to load earlier messages again when a page of them fails to load', async () => {
    const connection = new FakeHubConnection();
    connection.answer(WireEvents.conversationJoin, () => ({ lastSeq: 2, queue: emptyQueueAnswer }));
    const olderPage: HistoryPage = {
      lastSeq: 2,
      hasMore: false,
      messages: [
        storedMessage({
          id: 'older-user',
          role: 'user',
          content: [{ type: 'text', text: 'An older question' }],
        }),
      ],
    };
    const loadMessages = vi
      .fn<SessionLoaders['loadMessages']>()
      .mockResolvedValueOnce({
        lastSeq: 2,
        hasMore: true,
        messages: [
          storedMessage({
            id: userMessageId,
            role: 'user',
            content: [{ type: 'text', text: 'Say hello' }],
          }),
        ],
      })
      .mockRejectedValueOnce(new Error('The server is unreachable.'))
      .mockResolvedValueOnce(olderPage);
    renderChat(connection, { ...loaders(olderPage), loadMessages });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Load earlier messages' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Earlier messages could not be loaded.',
    );

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('An older question')).toBeInTheDocument();
    expect(screen.getByText('Start of the conversation')).toBeInTheDocument();
    expect(loadMessages).toHaveBeenLastCalledWith(conversationId, userMessageId);
  });

  it('opens a conversation of five thousand events at its newest message with few nodes in the page', async () => {
    const script = new EventScript();
    for (let turn = 0; turn < 250; turn += 1) {
      const run = `run-${turn}`;
      script.userMessage(`question ${turn}`, `client-${turn}`, run, `u${turn}`);
      script.stream(
        { kind: 'block_start', cliMessageId: `m${turn}`, index: 0, blockType: 'text' },
        run,
        `a${turn}`,
      );
      for (let word = 0; word < 17; word += 1) {
        script.stream(
          { kind: 'text_delta', cliMessageId: `m${turn}`, index: 0, text: `w${word} ` },
          run,
          `a${turn}`,
        );
      }
      script.stream(
        { kind: 'text_delta', cliMessageId: `m${turn}`, index: 0, text: `end of answer ${turn}` },
        run,
        `a${turn}`,
      );
    }
    expect(script.lastSeq).toBe(5_000);
    const connection = new FakeHubConnection();
    connection.answer(WireEvents.conversationJoin, () => ({
      lastSeq: script.lastSeq,
      queue: emptyQueueAnswer,
    }));
    // No stored messages: the whole conversation arrives as one catch-up from the event log.
    renderChat(connection, loaders({ lastSeq: 0, hasMore: false, messages: [] }, script.events));
    await waitFor(() => {
      expect(connection.invocationsOf(WireEvents.conversationJoin)).toHaveLength(1);
    });

    act(() => {
      emit(connection, script.events);
    });

    expect(await screen.findByText(/end of answer 249/)).toBeInTheDocument();
    const rendered =
      screen.queryAllByTestId('assistant-message').length +
      screen.queryAllByTestId('user-message').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThanOrEqual(30);
    expect(screen.queryByText(/end of answer 0$/)).not.toBeInTheDocument();
  });
});
