/** The words of the notices `/compact` and `/clear` leave; undefined for any other notice. */
export function sessionNoticeText(subtype: string): string | undefined {
  switch (subtype) {
    case 'compacting':
      return 'Compacting the conversation…';
    case 'compact_boundary':
      return 'Conversation compacted: Claude continues from a summary of everything above.';
    case 'compact_failed':
      return 'The conversation could not be compacted.';
    case 'new_session':
      return 'New session: Claude starts afresh and remembers nothing above.';
    default:
      return undefined;
  }
}
