import { Paperclip } from 'lucide-react';
import { memo } from 'react';
import { ErrorNotice } from '@/features/chat/components/error-notice';
import { ImageAttachment } from '@/features/chat/images/image-attachment';
import { isImageAttachment } from '@/features/chat/images/is-image-attachment';
import type { UserChatMessage } from '@/features/chat/types/chat-state';
import styles from './user-message.module.css';

type UserMessageProps = {
  message: UserChatMessage;
  onRetry: (clientMessageId: string) => void;
};

export const UserMessage = memo(function UserMessage({ message, onRetry }: UserMessageProps) {
  const { clientMessageId, failure } = message;
  return (
    <article
      className={styles.message}
      data-testid="user-message"
      data-pending={message.pending}
      data-request-id={message.requestId}
      aria-label="Your message"
    >
      <p className={styles.text}>{message.text}</p>
      {message.attachments.length > 0 && (
        <ul className={styles.attachments} aria-label="Attachments">
          {message.attachments.map((attachment) => (
            <li
              key={attachment.id}
              className={isImageAttachment(attachment) ? styles.image : styles.attachment}
              data-testid="message-attachment"
              data-media-type={attachment.mediaType}
            >
              {isImageAttachment(attachment) ? (
                <ImageAttachment attachment={attachment} />
              ) : (
                <>
                  <Paperclip size={12} aria-hidden="true" />
                  {attachment.fileName ?? 'Attachment'}
                  {attachment.mediaType !== undefined && (
                    <span className={styles.mediaType}>{attachment.mediaType}</span>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {failure !== undefined && (
        <div className={styles.failure}>
          <ErrorNotice code={failure.code} message={failure.text} />
          {clientMessageId !== undefined && (
            <button
              type="button"
              onClick={() => {
                onRetry(clientMessageId);
              }}
            >
              Send again
            </button>
          )}
        </div>
      )}
    </article>
  );
});
