import type { SlashCommand } from '@/features/chat/commands/get-slash-commands';

/** The command name being typed: the message is `/` and a name so far, with nothing after it yet. */
export function commandQueryOf(text: string): string | undefined {
  const match = /^\/(\S*)$/.exec(text);
  return match?.[1];
}

/** The command a message starts with, when it starts with one: `/compact keep the tests` → `compact`. */
export function commandNameOf(text: string): string | undefined {
  const match = /^\/(\S+)/.exec(text.trimStart());
  return match?.[1];
}

/** Commands whose name starts with the query first, then those that contain it elsewhere. */
export function matchCommands(commands: readonly SlashCommand[], query: string): SlashCommand[] {
  const wanted = query.toLowerCase();
  const starting = commands.filter((command) => command.name.toLowerCase().startsWith(wanted));
  const containing = commands.filter(
    (command) =>
      !command.name.toLowerCase().startsWith(wanted) && command.name.toLowerCase().includes(wanted),
  );
  return [...starting, ...containing];
}
