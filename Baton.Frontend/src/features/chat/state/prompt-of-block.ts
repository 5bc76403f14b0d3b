import type { PermissionBlock } from '@/lib/realtime/contract.generated';
import type { PromptState } from '@/features/chat/types/chat-state';

/** A permission block as its card shows it: still open until the block records a decision. */
export function promptOfBlock(block: PermissionBlock, requestId: string): PromptState {
  return {
    promptId: block.promptId,
    requestId,
    toolUseId: block.toolUseId,
    toolName: block.toolName,
    input: block.input,
    suggestions: block.suggestions,
    expiresAt: block.expiresAt,
    resolution:
      block.decision == null
        ? undefined
        : {
            decision: block.decision,
            by: block.by ?? 'user',
            mode: block.mode ?? null,
            answers: block.answers,
          },
  };
}
