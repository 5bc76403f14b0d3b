import { SquareSlash } from 'lucide-react';
import { slashCommandMenuId, slashCommandOptionId } from '@/features/chat/commands/command-ids';
import type { SlashCommand } from '@/features/chat/commands/get-slash-commands';
import styles from './slash-command-menu.module.css';

type SlashCommandMenuProps = {
  commands: readonly SlashCommand[];
  loading: boolean;
  failed: boolean;
  activeIndex: number;
  onChoose: (command: SlashCommand) => void;
};

/** The list `/` opens above the composer: Claude Code's commands matching what follows the `/`, with what each does. */
export function SlashCommandMenu({
  commands,
  loading,
  failed,
  activeIndex,
  onChoose,
}: SlashCommandMenuProps) {
  return (
    <div className={styles.menu} data-testid="slash-command-menu">
      {commands.length === 0 ? (
        <p className={styles.note}>
          {loading
            ? 'Looking up commands…'
            : failed
              ? 'The commands could not be loaded.'
              : 'No matching command. Claude Code lists its commands once it has answered in this project.'}
        </p>
      ) : (
        <ul role="listbox" id={slashCommandMenuId} aria-label="Slash commands">
          {commands.map((command, at) => (
            <li
              key={command.name}
              id={slashCommandOptionId(command.name)}
              role="option"
              aria-selected={at === activeIndex}
              className={styles.option}
              data-testid="slash-command-option"
              data-command={command.name}
              ref={(element) => {
                if (at === activeIndex) {
                  element?.scrollIntoView({ block: 'nearest' });
                }
              }}
              onMouseDown={(event) => {
                // Keeps the focus in the textarea.
                event.preventDefault();
                onChoose(command);
              }}
            >
              <SquareSlash size={14} aria-hidden="true" className={styles.icon} />
              <span className={styles.name}>
                /{command.name}
                {command.argumentHint !== '' && (
                  <span className={styles.hint}> {command.argumentHint}</span>
                )}
              </span>
              <span className={styles.description}>
                {command.terminalOnly ? 'Only in a terminal. ' : ''}
                {command.description}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
