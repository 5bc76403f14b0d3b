import { WireEvents, type PermissionDecision } from '@/lib/realtime/contract.generated';
import { readHubFailure, type HubFailure } from '@/lib/realtime/hub-error';
import { useRealtime } from '@/lib/realtime/use-realtime';
import { PermissionCard } from '@/features/chat/components/permission-card';
import { PlanCard } from '@/features/chat/plans/plan-card';
import { exitPlanModeTool } from '@/features/chat/plans/plan-text';
import { permissionResponse } from '@/features/chat/prompts/permission-response';
import { askUserQuestionTool } from '@/features/chat/questions/question-answers';
import { QuestionCard } from '@/features/chat/questions/question-card';
import type { PromptAnswer } from '@/features/chat/session/session-types';
import type { PromptState } from '@/features/chat/types/chat-state';

type PromptAnswerCardProps = {
  prompt: PromptState;
  // Called once the server took the answer.
  onAnswered?: () => void;
};

/**
 * A waiting prompt answered away from its conversation (the inbox): the card its conversation shows
 * (permission, Claude's questions or a plan), answering through the same `permission:response`, so the
 * answer is stored once and the conversation's tabs see it settled.
 */
export function PromptAnswerCard({ prompt, onAnswered }: PromptAnswerCardProps) {
  const realtime = useRealtime();
  const respond = async (
    decision: PermissionDecision,
    indexes?: number[],
    answer?: PromptAnswer,
  ): Promise<HubFailure | undefined> => {
    try {
      await realtime.invoke(
        WireEvents.permissionResponse,
        permissionResponse(prompt.promptId, decision, indexes, answer),
      );
    } catch (error) {
      return readHubFailure(error);
    }
    onAnswered?.();
    return undefined;
  };

  if (prompt.toolName === askUserQuestionTool) {
    return (
      <QuestionCard
        prompt={prompt}
        onRespond={(decision, updatedInput) => respond(decision, undefined, { updatedInput })}
      />
    );
  }
  if (prompt.toolName === exitPlanModeTool) {
    // The plan is the input of the call that asks: the card reads it from there, as in the conversation.
    const call = {
      type: 'tool_use',
      id: prompt.toolUseId,
      name: prompt.toolName,
      input: prompt.input,
    } as const;
    return (
      <PlanCard
        call={call}
        prompt={prompt}
        result={undefined}
        onRespond={(decision, answer) => respond(decision, undefined, answer)}
      />
    );
  }
  return (
    <PermissionCard prompt={prompt} onRespond={(decision, indexes) => respond(decision, indexes)} />
  );
}
