import type { CliJson, ToolResultBlock, ToolUseBlock } from '@/lib/realtime/contract.generated';

export const exitPlanModeTool = 'ExitPlanMode';

/** The plan an ExitPlanMode call presents (Markdown); undefined while its input still streams. */
export function planOf(call: ToolUseBlock): string | undefined {
  const input: CliJson = call.input;
  if (typeof input !== 'object' || input === null || !('plan' in input)) {
    return undefined;
  }
  return typeof input.plan === 'string' ? input.plan : undefined;
}

/** What a refused plan's tool result says: the feedback the person wrote, as the model received it. */
export function feedbackOf(result: ToolResultBlock | undefined): string | undefined {
  if (!result?.isError) {
    return undefined;
  }
  const { content } = result;
  if (typeof content === 'string') {
    return content;
  }
  if (Array.isArray(content)) {
    return content
      .map((part: unknown) =>
        typeof part === 'object' && part !== null && 'text' in part && typeof part.text === 'string'
          ? part.text
          : '',
      )
      .join('');
  }
  return undefined;
}
