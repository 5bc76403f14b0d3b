import type { components } from '@/lib/api/schema.generated';
import type { PermissionDecision, ResolvedBy } from '@/lib/realtime/contract.generated';
import type {
  AssistantBlock,
  Attachment,
  ChatMessage,
  PromptState,
  ToolUseBlock,
} from '@/features/chat/types/chat-state';
import { blockKey } from '@/features/chat/utils/block-key';
import {
  asArray,
  asNumber,
  asObject,
  asString,
  type JsonObject,
} from '@/features/chat/utils/json-value';

export type StoredMessage = components['schemas']['MessageResponse'];

export type ParsedStoredMessage = {
  message: ChatMessage;
  prompts: PromptState[];
};

const decisions: readonly PermissionDecision[] = ['allow', 'allow_always', 'deny'];
const resolvers: readonly ResolvedBy[] = ['user', 'rule', 'expiry', 'cancelled'];

/**
 * A message of `GET /api/chat/messages` as the chat shows it. The content is read leniently:
 * a user message is a string or text blocks with attachment blocks; an
 * assistant message is a list of blocks (or `{blocks}`) in the CLI's shapes (`text`,
 * `thinking`, `tool_use`, `tool_result`) plus Baton's `permission` and `error` blocks. Blocks
 * that carry `cliMessageId` and `index` take the key live deltas fold into.
 */
export function parseStoredMessage(stored: StoredMessage): ParsedStoredMessage {
  const key = `msg:${stored.id}`;
  const requestId = stored.requestId ?? undefined;
  if (stored.role === 'user') {
    const content = asObject(stored.content);
    return {
      message: {
        role: 'user',
        key,
        id: stored.id,
        requestId,
        clientMessageId: asString(content?.clientMessageId),
        text: userText(stored.content),
        attachments: userAttachments(stored.content),
        pending: false,
        failure: undefined,
      },
      prompts: [],
    };
  }

  const blocks: AssistantBlock[] = [];
  const prompts: PromptState[] = [];
  const rawBlocks = Array.isArray(stored.content)
    ? stored.content
    : asArray(asObject(stored.content)?.blocks);
  rawBlocks.forEach((raw, position) => {
    const block = asObject(raw);
    if (block !== undefined) {
      readAssistantBlock(block, `${key}:${position}`, requestId ?? '', blocks, prompts);
    }
  });
  return {
    message: {
      role: 'assistant',
      key,
      id: stored.id,
      requestId,
      blocks,
      status: stored.status,
      figures:
        stored.status === 'streaming'
          ? undefined
          : {
              durationMs: stored.durationMs,
              costUsd: stored.costUsd,
              usage: stored.usage,
              isError: stored.status === 'failed',
            },
    },
    prompts,
  };
}

function readAssistantBlock(
  block: JsonObject,
  fallbackKey: string,
  requestId: string,
  blocks: AssistantBlock[],
  prompts: PromptState[],
): void {
  const cliMessageId = asString(block.cliMessageId);
  const index = asNumber(block.index);
  const key =
    cliMessageId !== undefined && index !== undefined ? blockKey(cliMessageId, index) : fallbackKey;
  switch (asString(block.type)) {
    case 'text':
      blocks.push({ kind: 'text', key, text: asString(block.text) ?? '' });
      return;
    case 'thinking':
      blocks.push({
        kind: 'thinking',
        key,
        text: asString(block.thinking) ?? asString(block.text) ?? '',
      });
      return;
    case 'tool_use': {
      const inlineResult = asObject(block.result);
      blocks.push({
        kind: 'tool_use',
        key,
        toolUseId: asString(block.id) ?? asString(block.toolUseId) ?? '',
        name: asString(block.name) ?? 'Tool',
        partialJson: asString(block.partialJson) ?? '',
        input: block.input,
        result:
          inlineResult === undefined
            ? undefined
            : { content: inlineResult.content, isError: inlineResult.isError === true },
      });
      return;
    }
    case 'tool_result': {
      const toolUseId = asString(block.toolUseId) ?? asString(block.tool_use_id) ?? '';
      const result = {
        content: block.content,
        isError: block.isError === true || block.is_error === true,
      };
      const at = blocks.findIndex((b) => b.kind === 'tool_use' && b.toolUseId === toolUseId);
      const target = at < 0 ? undefined : blocks[at];
      if (target?.kind === 'tool_use') {
        blocks[at] = { ...target, result };
      } else {
        const orphan: ToolUseBlock = {
          kind: 'tool_use',
          key,
          toolUseId,
          name: 'Tool',
          partialJson: '',
          input: undefined,
          result,
        };
        blocks.push(orphan);
      }
      return;
    }
    case 'permission':
    case 'prompt': {
      const promptId = asString(block.promptId);
      if (promptId === undefined) {
        return;
      }
      prompts.push({
        promptId,
        requestId: asString(block.requestId) ?? requestId,
        toolUseId: asString(block.toolUseId) ?? '',
        toolName: asString(block.toolName) ?? 'Tool',
        input: block.input,
        suggestions: asArray(block.suggestions),
        expiresAt: asString(block.expiresAt) ?? new Date(0).toISOString(),
        resolution: promptResolution(block),
      });
      blocks.push({ kind: 'prompt', key: `prompt:${promptId}`, promptId });
      return;
    }
    case 'error':
      blocks.push({
        kind: 'error',
        key,
        code: asString(block.code) ?? 'internal',
        message: asString(block.message) ?? '',
      });
      return;
    default:
      return;
  }
}

function promptResolution(block: JsonObject): PromptState['resolution'] {
  const decision = decisions.find((d) => d === block.decision);
  const by = resolvers.find((r) => r === block.by);
  if (decision !== undefined) {
    return { decision, by: by ?? 'user' };
  }
  switch (asString(block.status)) {
    case 'expired':
      return { decision: 'deny', by: 'expiry' };
    case 'cancelled':
      return { decision: 'deny', by: 'cancelled' };
    case 'answered':
      return { decision: 'allow', by: by ?? 'user' };
    default:
      return undefined;
  }
}

function userText(content: unknown): string {
  if (typeof content === 'string') {
    return content;
  }
  if (Array.isArray(content)) {
    return content
      .map((part) => asString(asObject(part)?.text))
      .filter((text) => text !== undefined)
      .join('\n');
  }
  const object = asObject(content);
  return asString(object?.text) ?? asString(object?.content) ?? '';
}

// The API stores a user message as a text block followed by one block per attachment.
function userAttachments(content: unknown): Attachment[] {
  return asArray(content)
    .map(asObject)
    .filter((block) => block?.type === 'attachment')
    .map((block) => ({
      id: asString(block?.id) ?? '',
      fileName: asString(block?.name),
      mediaType: asString(block?.mediaType),
    }))
    .filter((attachment) => attachment.id !== '');
}
