import { Page } from '@/components/layouts/page';
import { PromptAnswerCard } from '@/features/chat/prompts/prompt-answer-card';
import { InboxPanel } from '@/features/inbox/components/inbox-panel';

/** The inbox; a waiting prompt is answered on its conversation's own card, so this loads with the chat's code. */
export function InboxRoute() {
  return (
    <Page>
      <InboxPanel
        renderPrompt={(prompt, onAnswered) => (
          <PromptAnswerCard
            prompt={{
              promptId: prompt.promptId,
              requestId: prompt.requestId,
              toolUseId: prompt.toolUseId,
              toolName: prompt.toolName,
              input: prompt.input,
              suggestions: prompt.suggestions,
              expiresAt: prompt.expiresAt,
              resolution: undefined,
            }}
            onAnswered={onAnswered}
          />
        )}
      />
    </Page>
  );
}
