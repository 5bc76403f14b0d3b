import { Paperclip, X } from 'lucide-react';
import type { PendingUpload } from '@/features/chat/hooks/use-uploads';
import styles from './composer.module.css';

type UploadListProps = {
  uploads: readonly PendingUpload[];
  onRemove: (localId: string) => void;
};

/** The files chosen for the next message, each uploading, ready or failed, and removable. */
export function UploadList({ uploads, onRemove }: UploadListProps) {
  return (
    <ul className={styles.uploads} aria-label="Attachments to send">
      {uploads.map((upload) => (
        <li
          key={upload.localId}
          className={styles.upload}
          data-testid="composer-attachment"
          data-state={
            upload.error !== undefined
              ? 'failed'
              : upload.attachment === undefined
                ? 'uploading'
                : 'ready'
          }
        >
          <Paperclip size={12} aria-hidden="true" />
          <span>{upload.fileName}</span>
          {upload.attachment === undefined && upload.error === undefined && <span>uploading…</span>}
          {upload.error !== undefined && <span className={styles.uploadError}>{upload.error}</span>}
          <button
            type="button"
            className={styles.iconButton}
            aria-label={`Remove ${upload.fileName}`}
            onClick={() => {
              onRemove(upload.localId);
            }}
          >
            <X size={12} />
          </button>
        </li>
      ))}
    </ul>
  );
}
