import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** An uploaded file's bytes, through the API client: the download needs the access token, so an <img> cannot fetch it itself. */
export async function getUploadImage(id: string): Promise<Blob> {
  return unwrap(
    api.GET('/api/chat/uploads/{id}', {
      params: { path: { id } },
      parseAs: 'blob',
    }),
  );
}

/**
 * A page-local address (a blob: URL, which the Content-Security-Policy allows for images) of an
 * uploaded image. An upload never changes, so each is fetched once and its address kept for the
 * page's life: thumbnails come and go as the message list scrolls.
 */
export function useUploadImageUrl(id: string): { url: string | undefined; failed: boolean } {
  const image = useQuery({
    queryKey: ['uploads', id, 'image-url'],
    queryFn: async () => URL.createObjectURL(await getUploadImage(id)),
    staleTime: Infinity,
    gcTime: Infinity,
  });
  return { url: image.data, failed: image.isError };
}
