/** A conversation as the API lists it, fresh and idle. */
export function storedConversation(id: string, projectId: string, title: string) {
  return {
    id,
    projectId,
    title,
    status: 'active',
    permissionMode: 'default',
    model: null,
    claudeSessionId: null,
    lastSeq: 0,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };
}
