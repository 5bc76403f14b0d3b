import { useEffect, useState, type KeyboardEvent } from 'react';
import {
  commandNameOf,
  commandQueryOf,
  matchCommands,
} from '@/features/chat/commands/command-text';
import { useSlashCommands, type SlashCommand } from '@/features/chat/commands/get-slash-commands';
import { slashCommandMenuId, slashCommandOptionId } from '@/features/chat/commands/command-ids';

type SlashCommandMenuOptions = {
  projectId: string;
  text: string;
  /** Puts a command into the message box, to add arguments to it. */
  onComplete: (text: string) => void;
  /** Sends a command as the message. */
  onSend: (text: string) => void;
};

/**
 * The `/` menu of the composer: open while the message is `/` and part of a command's name, moved
 * with the arrow keys, chosen with Enter (sent at once) or Tab (completed in the box, for arguments),
 * closed with Escape. A command that works only in a terminal is explained rather than sent.
 */
export function useSlashCommandMenu({
  projectId,
  text,
  onComplete,
  onSend,
}: SlashCommandMenuOptions) {
  const query = commandQueryOf(text);
  const [closedAt, setClosedAt] = useState<string | undefined>(undefined);
  const [activeIndex, setActiveIndex] = useState(0);
  const open = query !== undefined && closedAt !== text;
  const commands = useSlashCommands(projectId);
  const { refetch } = commands;
  useEffect(() => {
    if (open) {
      void refetch();
    }
  }, [open, refetch]);
  const matches = open ? matchCommands(commands.data ?? [], query) : [];
  const active = matches[Math.min(activeIndex, matches.length - 1)];
  const typedName = commandNameOf(text);
  const terminalCommand = commands.data?.find(
    (command) => command.terminalOnly && command.name === typedName,
  );

  const choose = (command: SlashCommand, how: 'send' | 'complete') => {
    setActiveIndex(0);
    if (how === 'send' && !command.terminalOnly) {
      onSend(`/${command.name}`);
    } else {
      onComplete(`/${command.name} `);
    }
  };

  /** Handles the key when the menu is open and takes it; false leaves it to the composer. */
  const onKeyDown = (event: KeyboardEvent): boolean => {
    if (!open) {
      return false;
    }
    if (event.key === 'Escape') {
      // Closing the menu is all Esc does here; it must not also stop the run.
      event.preventDefault();
      event.stopPropagation();
      setClosedAt(text);
      return true;
    }
    if (active === undefined) {
      // Until the list is known a command could be one for the terminal only: nothing is sent yet.
      if (event.key === 'Enter' && commands.isPending) {
        event.preventDefault();
        return true;
      }
      return false;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((index) => (index + step + matches.length) % matches.length);
      return true;
    }
    if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Tab') {
      event.preventDefault();
      choose(active, event.key === 'Enter' ? 'send' : 'complete');
      return true;
    }
    return false;
  };

  return {
    open,
    matches,
    activeIndex: Math.min(activeIndex, Math.max(matches.length - 1, 0)),
    loading: commands.isPending,
    failed: commands.isError,
    terminalCommand,
    onKeyDown,
    onTextChange: () => {
      setActiveIndex(0);
    },
    choose: (command: SlashCommand) => {
      choose(command, 'send');
    },
    /** What the message box says about the menu to assistive technology. */
    inputProps: open
      ? {
          'aria-controls': slashCommandMenuId,
          'aria-activedescendant':
            active === undefined ? undefined : slashCommandOptionId(active.name),
        }
      : {},
  };
}
