/** The ids that tie the message box to the `/` menu and to the terminal-only note, for assistive technology. */
export const slashCommandMenuId = 'slash-command-menu';

export const terminalCommandNoteId = 'terminal-command-note';

export function slashCommandOptionId(name: string): string {
  return `slash-command-${name}`;
}
