import { ImageOff } from 'lucide-react';
import { useState } from 'react';
import { ImageViewer } from '@/features/chat/images/image-viewer';
import { useUploadImageUrl } from '@/features/chat/images/get-upload-image';
import type { Attachment } from '@/features/chat/types/chat-state';
import styles from './image-attachment.module.css';

/** An image sent with a message, as a thumbnail that opens the whole image. */
export function ImageAttachment({ attachment }: { attachment: Attachment }) {
  const { url, failed } = useUploadImageUrl(attachment.id);
  const [open, setOpen] = useState(false);
  const name = attachment.fileName ?? 'Image';

  return (
    <figure className={styles.figure}>
      {url === undefined ? (
        <span className={styles.placeholder} data-testid="image-thumbnail-placeholder">
          {failed ? <ImageOff size={20} aria-label="The image could not be loaded" /> : null}
        </span>
      ) : (
        <button
          type="button"
          className={styles.thumbnailButton}
          aria-label={`Open ${name}`}
          onClick={() => {
            setOpen(true);
          }}
        >
          <img className={styles.thumbnail} src={url} alt={name} data-testid="image-thumbnail" />
        </button>
      )}
      <figcaption className={styles.caption}>{name}</figcaption>
      {open && url !== undefined && (
        <ImageViewer
          url={url}
          name={name}
          onClose={() => {
            setOpen(false);
          }}
        />
      )}
    </figure>
  );
}
