import { useState, type ClipboardEvent, type DragEvent } from 'react';
import { carriesFiles, filesFromTransfer } from '@/features/chat/images/files-from-transfer';

/**
 * Pasting files into the message box and dropping them on the composer hand them to `add`, the
 * same path as the attach button, so they upload with the same limits and errors. Pasted text
 * stays the browser's to insert.
 */
export function useFileDrop(add: (files: readonly File[]) => void) {
  const [dragging, setDragging] = useState(false);

  return {
    dragging,
    onPaste: (event: ClipboardEvent) => {
      const files = filesFromTransfer(event.clipboardData);
      if (files.length === 0) {
        return;
      }
      event.preventDefault();
      add(files);
    },
    dropTarget: {
      onDragOver: (event: DragEvent) => {
        if (!carriesFiles(event.dataTransfer)) {
          return;
        }
        // Without this the browser would open the file in place of the app.
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      },
      onDragLeave: (event: DragEvent) => {
        // Leaving for one of the composer's own children is no leaving.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
          setDragging(false);
        }
      },
      onDrop: (event: DragEvent) => {
        setDragging(false);
        const files = filesFromTransfer(event.dataTransfer);
        if (files.length === 0) {
          return;
        }
        event.preventDefault();
        add(files);
      },
    },
  };
}
