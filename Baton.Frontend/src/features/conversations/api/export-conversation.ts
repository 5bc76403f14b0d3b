import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type ExportFormat = 'markdown' | 'json';

/**
 * Downloads a conversation as a file the browser saves, named by the API. It goes through the API
 * client (the request needs the access token), so the file is fetched first and then handed over.
 */
export async function exportConversation(id: string, format: ExportFormat): Promise<void> {
  const call = api.GET('/api/chat/conversation/{id}/export', {
    params: { path: { id }, query: { format } },
    parseAs: 'blob',
  });
  const file = await unwrap(call);
  const { response } = await call;
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response) ?? `conversation.${format === 'json' ? 'json' : 'md'}`;
  link.click();
  URL.revokeObjectURL(url);
}

function fileNameOf(response: Response): string | undefined {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  return /filename="?([^";]+)"?/.exec(disposition)?.[1];
}

export function useExportConversation() {
  return useMutation({
    mutationFn: ({ id, format }: { id: string; format: ExportFormat }) =>
      exportConversation(id, format),
  });
}
