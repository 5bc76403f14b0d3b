import type { ChatHubMethods, PermissionDecision } from '@/lib/realtime/contract.generated';
import type { PromptAnswer } from '@/features/chat/session/session-types';

/** The `permission:response` that answers a prompt, the same from its conversation as from the inbox. */
export function permissionResponse(
  promptId: string,
  decision: PermissionDecision,
  suggestionIndexes?: number[],
  answer?: PromptAnswer,
): ChatHubMethods['permission:response']['request'] {
  return {
    promptId,
    decision,
    suggestionIndexes: suggestionIndexes ?? null,
    mode: answer?.mode ?? null,
    message: answer?.message ?? null,
    ...(answer?.updatedInput === undefined ? {} : { updatedInput: answer.updatedInput }),
  };
}
