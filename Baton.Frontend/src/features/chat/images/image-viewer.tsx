import { X } from 'lucide-react';
import { useEffect, useId, useRef } from 'react';
import styles from './image-attachment.module.css';

type ImageViewerProps = {
  url: string;
  name: string;
  onClose: () => void;
};

/** An attached image at full size, in a modal dialog that Escape, the close button or a click beside the image closes. */
export function ImageViewer({ url, name, onClose }: ImageViewerProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      className={styles.viewer}
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog itself.
        if (event.target === event.currentTarget) {
          dialog.current?.close();
        }
      }}
      data-testid="image-viewer"
    >
      <div className={styles.viewerBar}>
        <h2 id={titleId} className={styles.viewerTitle}>
          {name}
        </h2>
        <button
          type="button"
          className={styles.viewerClose}
          aria-label="Close image"
          onClick={() => {
            dialog.current?.close();
          }}
        >
          <X size={16} />
        </button>
      </div>
      <img className={styles.fullImage} src={url} alt={name} data-testid="image-viewer-image" />
    </dialog>
  );
}
