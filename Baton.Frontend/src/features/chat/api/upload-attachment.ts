import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema.generated';

export type Upload = components['schemas']['UploadResponse'];

export async function uploadAttachment(conversationId: string, file: File): Promise<Upload> {
  return unwrap(
    api.POST('/api/chat/upload', {
      body: { file: file as unknown as string, conversationId },
      // The browser sets the multipart boundary itself, so the body goes as FormData.
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file);
        form.append('conversationId', conversationId);
        return form;
      },
    }),
  );
}
