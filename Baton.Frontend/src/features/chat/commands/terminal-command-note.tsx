import { terminalCommandNoteId } from '@/features/chat/commands/command-ids';
import type { SlashCommand } from '@/features/chat/commands/get-slash-commands';
import styles from './slash-command-menu.module.css';

/** Why a command the person typed is not sent: it works only in Claude Code's own terminal. */
export function TerminalCommandNote({ command }: { command: SlashCommand }) {
  return (
    <p
      id={terminalCommandNoteId}
      className={styles.terminalNote}
      role="status"
      data-testid="terminal-command-note"
    >
      <strong>/{command.name}</strong> works only in Claude Code’s own terminal
      {command.description === '' ? '' : ` (${command.description})`}, so Baton does not send it. To
      use it, continue this conversation in a terminal from the conversation’s menu.
    </p>
  );
}
