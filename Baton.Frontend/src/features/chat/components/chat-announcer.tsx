/** A polite status region, outside the busy answer, that reads out what the chat announces. */
export function ChatAnnouncer({ text }: { text: string }) {
  return (
    <p className="visually-hidden" role="status" data-testid="chat-announcer">
      {text}
    </p>
  );
}
