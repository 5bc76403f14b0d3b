/** The words of the notices `/compact`, `/clear` and importing a local session leave; undefined for any other notice. */
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
    case 'imported_session':
      return 'Imported from a Claude Code session on the bridge’s machine.';
    case 'terminal_turns':
      return 'Continued in a terminal: the turns below were added there.';
    case 'session_forked':
      return 'Baton and a terminal wrote to this session at once: its history forked, and both branches are shown.';
    default:
      return undefined;
  }
}
