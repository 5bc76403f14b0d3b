import { useState } from 'react';
import type { Attachment } from '@/features/chat/types/chat-state';

export type PendingUpload = {
  localId: string;
  fileName: string;
  attachment: Attachment | undefined;
  error: string | undefined;
};

/** The files a message will carry: each uploads as soon as it is chosen, and says how that went. */
export function useUploads(onUpload: (file: File) => Promise<Attachment>) {
  const [uploads, setUploads] = useState<PendingUpload[]>([]);

  const settle = (localId: string, change: Partial<PendingUpload>) => {
    setUploads((current) =>
      current.map((upload) => (upload.localId === localId ? { ...upload, ...change } : upload)),
    );
  };

  const add = (files: readonly File[]) => {
    for (const file of files) {
      const localId = crypto.randomUUID();
      setUploads((current) => [
        ...current,
        { localId, fileName: file.name, attachment: undefined, error: undefined },
      ]);
      onUpload(file).then(
        (attachment) => {
          settle(localId, { attachment });
        },
        (error: unknown) => {
          settle(localId, { error: error instanceof Error ? error.message : 'The upload failed.' });
        },
      );
    }
  };

  const remove = (localId: string) => {
    setUploads((current) => current.filter((upload) => upload.localId !== localId));
  };

  return {
    uploads,
    uploading: uploads.some(
      (upload) => upload.attachment === undefined && upload.error === undefined,
    ),
    ready: uploads.flatMap((upload) =>
      upload.attachment === undefined ? [] : [upload.attachment],
    ),
    add,
    remove,
    clear: () => {
      setUploads([]);
    },
  };
}
