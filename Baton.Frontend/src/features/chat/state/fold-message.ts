import type {
  ChatError,
  InteractivePrompt,
  MessageBlock,
  PermissionResolved,
  StreamEvent,
  ToolUseBlock,
} from '@/lib/realtime/contract.generated';
import { foldSessionNotice } from '@/features/chat/commands/session-notices';
import { systemNotice } from '@/features/chat/tasks/system-notices';

/**
 * The fold: how an answer's blocks grow with each event of its run. It is the API's fold
 * (`AssistantContent.cs`) written again for live events, and the fixtures under
 * `Baton.Tests/Fixtures/Folds` hold both to the same blocks, so a live answer and a reloaded
 * one look the same. Each function changes `blocks` in place: pass a copy the caller owns.
 */
export function applyStreamEvent(blocks: MessageBlock[], event: StreamEvent): void {
  const parent = subagentOf(event.parentToolUseId);
  switch (event.kind) {
    case 'block_start':
      blocks.push({
        ...startedBlock(event.blockType, event.toolUseId, event.name),
        ...parent,
        cliMessageId: event.cliMessageId,
        index: event.index,
        streaming: true,
      });
      return;
    case 'text_delta':
      grow(blocks, event.cliMessageId, event.index, (block) =>
        block.type === 'text' ? { ...block, text: block.text + event.text } : block,
      );
      return;
    case 'thinking_delta':
      grow(blocks, event.cliMessageId, event.index, (block) =>
        block.type === 'thinking' ? { ...block, thinking: block.thinking + event.text } : block,
      );
      return;
    case 'tool_input_delta':
      grow(blocks, event.cliMessageId, event.index, (block) =>
        block.type === 'tool_use'
          ? { ...block, partialJson: (block.partialJson ?? '') + event.partialJson }
          : block,
      );
      return;
    case 'block_complete': {
      // Whole now: it loses its streaming mark, and belongs to the agent the event names.
      const whole: MessageBlock = { ...event.block };
      delete whole.streaming;
      delete whole.parentToolUseId;
      Object.assign(whole, parent, { cliMessageId: event.cliMessageId, index: event.index });
      const at = findStreaming(blocks, event.cliMessageId, event.index);
      if (at < 0) {
        blocks.push(whole);
      } else {
        blocks[at] = whole;
      }
      return;
    }
    case 'tool_result':
      blocks.push({
        type: 'tool_result',
        toolUseId: event.toolUseId,
        content: event.content,
        isError: event.isError,
        ...(event.toolUseResult === undefined ? {} : { toolUseResult: event.toolUseResult }),
        ...parent,
      });
      return;
    case 'system': {
      const notice = systemNotice(event, blocks);
      if (notice === undefined) {
        foldSessionNotice(blocks, event);
      } else {
        blocks.push({ ...notice, ...parent });
      }
      return;
    }
    case 'other':
      foldSessionNotice(blocks, event);
      return;
    case 'steered_message':
      blocks.push({ type: 'steered', text: event.content });
      return;
    case 'user_message':
      return;
  }
}

export function addPermission(blocks: MessageBlock[], prompt: InteractivePrompt): void {
  blocks.push({
    type: 'permission',
    promptId: prompt.promptId,
    toolName: prompt.toolName,
    toolUseId: prompt.toolUseId,
    input: prompt.input,
    suggestions: prompt.suggestions,
    expiresAt: prompt.expiresAt,
  });
}

/** Records how a prompt was settled, in the words of `permission:resolved`. */
export function resolvePermission(
  blocks: MessageBlock[],
  resolved: Pick<PermissionResolved, 'promptId' | 'decision' | 'by' | 'mode' | 'answers'>,
): void {
  const at = blocks.findLastIndex(
    (block) => block.type === 'permission' && block.promptId === resolved.promptId,
  );
  const block = blocks[at];
  if (block?.type === 'permission') {
    // History leaves a mode or answers out when there are none, and the fold matches it.
    blocks[at] = {
      ...block,
      decision: resolved.decision,
      by: resolved.by,
      ...(resolved.mode == null ? {} : { mode: resolved.mode }),
      ...(resolved.answers == null ? {} : { answers: resolved.answers }),
    };
  }
}

export function addError(blocks: MessageBlock[], error: ChatError): void {
  blocks.push({ type: 'error', code: error.code, message: error.message });
}

// An absent value is no key at all, as in the API's stored blocks.
function subagentOf(parentToolUseId: string | null | undefined): { parentToolUseId?: string } {
  return parentToolUseId == null ? {} : { parentToolUseId };
}

function startedBlock(
  blockType: 'text' | 'thinking' | 'tool_use',
  toolUseId: string | null | undefined,
  name: string | null | undefined,
): MessageBlock {
  switch (blockType) {
    case 'thinking':
      return { type: 'thinking', thinking: '' };
    case 'tool_use': {
      const tool: ToolUseBlock = {
        type: 'tool_use',
        id: toolUseId ?? '',
        name: name ?? '',
        partialJson: '',
      };
      return tool;
    }
    case 'text':
      return { type: 'text', text: '' };
  }
}

function grow(
  blocks: MessageBlock[],
  cliMessageId: string,
  index: number,
  change: (block: MessageBlock) => MessageBlock,
): void {
  const at = findStreaming(blocks, cliMessageId, index);
  const block = blocks[at];
  if (block !== undefined) {
    blocks[at] = change(block);
  }
}

// Deltas land on the newest blocks, so the search runs from the end.
function findStreaming(
  blocks: readonly MessageBlock[],
  cliMessageId: string,
  index: number,
): number {
  return blocks.findLastIndex(
    (block) =>
      block.streaming === true && block.cliMessageId === cliMessageId && block.index === index,
  );
}
