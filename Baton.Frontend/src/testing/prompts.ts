import type { PromptState } from '@/features/chat/types/chat-state';

/** An open permission prompt with 90 seconds left, as the chat state holds it; tests name what matters to them. */
export function promptState(overrides: Partial<PromptState> = {}): PromptState {
  return {
    promptId: 'p1',
    requestId: 'r1',
    toolUseId: 'toolu_1',
    toolName: 'Bash',
    input: {},
    suggestions: [],
    expiresAt: new Date(Date.now() + 90_000).toISOString(),
    resolution: undefined,
    ...overrides,
  };
}
