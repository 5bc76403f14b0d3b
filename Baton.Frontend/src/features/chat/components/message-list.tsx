import { useCallback, useEffect, useRef } from 'react';
import { Virtuoso, type VirtuosoHandle } from 'react-virtuoso';
import {
  AssistantMessage,
  type RespondToPrompt,
} from '@/features/chat/components/assistant-message';
import { JumpToNewest } from '@/features/chat/components/jump-to-newest';
import { UserMessage } from '@/features/chat/components/user-message';
import {
  OlderMessages,
  type OlderMessagesContext,
} from '@/features/chat/components/older-messages';
import type { StickToBottom } from '@/features/chat/hooks/use-stick-to-bottom';
import type { ChatState } from '@/features/chat/types/chat-state';
import type { OlderMessagesStatus } from '@/features/chat/session/session-types';
import styles from './message-list.module.css';

// Virtuoso counts prepended items down from here, so older pages slot in without a jump.
const firstIndexBase = 1_000_000;

// Defined once: a new component each render would remount the header.
const virtuosoComponents = { Header: OlderMessages };

type MessageListProps = {
  state: ChatState;
  older: OlderMessagesStatus;
  onLoadOlder: () => void;
  onRespond: RespondToPrompt;
  onRetry: (clientMessageId: string) => void;
  follow: StickToBottom;
  // A message to bring on screen and mark (a search result), once it is loaded.
  focusKey?: string | undefined;
};

/** The conversation, rendered only around what is on screen, opening at its newest message. */
export function MessageList({
  state,
  older,
  onLoadOlder,
  onRespond,
  onRetry,
  follow,
  focusKey,
}: MessageListProps) {
  const list = useRef<VirtuosoHandle>(null);
  const { stuck, scrollerRef, contentResized, jumpToBottom } = follow;
  const { order, messages, prompts } = state;
  const newest = order.length === 0 ? undefined : messages[order[order.length - 1] ?? ''];
  const sentHere = newest?.role === 'user' && newest.pending ? newest.key : undefined;
  const promptWaiting = Object.values(prompts).some((prompt) => prompt.resolution === undefined);

  // A message this tab just sent brings the reader back to the newest line, wherever they were.
  useEffect(() => {
    if (sentHere !== undefined) {
      jumpToBottom();
    }
  }, [sentHere, jumpToBottom]);

  // Scrolled to once: pages loaded or messages arriving later must not pull the reader back to it.
  const scrolledTo = useRef<string | undefined>(undefined);
  const focusIndex = focusKey === undefined ? -1 : order.indexOf(focusKey);
  useEffect(() => {
    if (focusKey !== undefined && focusIndex >= 0 && scrolledTo.current !== focusKey) {
      scrolledTo.current = focusKey;
      list.current?.scrollToIndex({ index: focusIndex, align: 'center' });
    }
  }, [focusKey, focusIndex]);

  const itemContent = useCallback(
    (_index: number, key: string) => {
      const message = messages[key];
      if (message === undefined) {
        return null;
      }
      return (
        <div className={styles.row} data-focused={key === focusKey ? true : undefined}>
          {message.role === 'user' ? (
            <UserMessage message={message} onRetry={onRetry} />
          ) : (
            <AssistantMessage message={message} prompts={prompts} onRespond={onRespond} />
          )}
        </div>
      );
    },
    [messages, prompts, onRespond, onRetry, focusKey],
  );

  if (order.length === 0) {
    return (
      <div className={styles.empty} data-testid="message-list" aria-label="Messages">
        <p>No messages yet. Ask Claude Code something about this project.</p>
      </div>
    );
  }

  return (
    // Not a live region: items come and go as the reader scrolls. ChatAnnouncer says what is new.
    <section className={styles.list} data-testid="message-list" aria-label="Messages">
      <Virtuoso<string, OlderMessagesContext>
        ref={list}
        scrollerRef={scrollerRef}
        className={styles.scroller}
        data={order}
        computeItemKey={(_index, key) => key}
        firstItemIndex={firstIndexBase - state.prepended}
        initialTopMostItemIndex={{ index: order.length - 1, align: 'end' }}
        itemContent={itemContent}
        totalListHeightChanged={contentResized}
        startReached={() => {
          if (state.hasOlder) {
            onLoadOlder();
          }
        }}
        increaseViewportBy={{ top: 400, bottom: 400 }}
        context={{ hasOlder: state.hasOlder, status: older, onLoadOlder }}
        components={virtuosoComponents}
      />
      {!stuck && <JumpToNewest promptWaiting={promptWaiting} onJump={jumpToBottom} />}
    </section>
  );
}
