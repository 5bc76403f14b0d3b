import type { Attachment } from '@/features/chat/types/chat-state';

/** The media types Claude sees as images, and the web app shows as thumbnails. */
export function isImageAttachment(attachment: Attachment): boolean {
  return attachment.mediaType?.startsWith('image/') === true;
}
