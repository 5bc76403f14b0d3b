import type { Inbox, InboxConversation } from '@/features/inbox/api/get-inbox';

/** The name the tab carries when nothing needs the person. */
export const appTitle = 'Baton';

/** What needs the person: prompts waiting for an answer and failures not yet dismissed; a run at work does not. */
export function needsYouCount(inbox: Inbox | undefined): number {
  return inbox === undefined ? 0 : inbox.prompts.length + inbox.failed.length;
}

/** The tab's title, led by the count while something needs the person: "(2) Baton". */
export function titleWithCount(count: number): string {
  return count === 0 ? appTitle : `(${count}) ${appTitle}`;
}

/** The inbox once a prompt was answered in it, before the server's next list arrives. */
export function withoutPrompt(inbox: Inbox, promptId: string): Inbox {
  return { ...inbox, prompts: inbox.prompts.filter((prompt) => prompt.promptId !== promptId) };
}

export function withoutFailedRun(inbox: Inbox, requestId: string): Inbox {
  return { ...inbox, failed: inbox.failed.filter((run) => run.requestId !== requestId) };
}

export function conversationPath(conversation: InboxConversation): string {
  return `/projects/${conversation.projectId}/c/${conversation.id}`;
}
