import type {
  MessageBlock,
  ToolResultBlock,
  ToolUseBlock,
} from '@/lib/realtime/contract.generated';
import { asObject } from '@/features/chat/utils/json-value';

/** A block of an answer, with the blocks of the subagent its tool call started (none for most). */
export type BlockNode = {
  block: MessageBlock;
  // The block's place in the answer: stable, as blocks only grow and are replaced in place.
  at: number;
  children: BlockNode[];
};

/**
 * Groups an answer's blocks by agent: a block whose `parentToolUseId` names a tool call of this
 * answer goes under that call, in the order it came; a subagent's own Agent call gathers its
 * subagent's blocks in turn. A block whose parent call is not in the answer stays at the top, so
 * nothing is ever hidden for want of its card.
 */
export function groupBlocks(blocks: readonly MessageBlock[]): BlockNode[] {
  const nodes = blocks.map((block, at): BlockNode => ({ block, at, children: [] }));
  const calls = new Map<string, BlockNode>();
  for (const node of nodes) {
    if (node.block.type === 'tool_use' && !calls.has(node.block.id)) {
      calls.set(node.block.id, node);
    }
  }
  const top: BlockNode[] = [];
  for (const node of nodes) {
    const parent = parentCall(node, calls);
    if (parent === undefined) {
      top.push(node);
    } else {
      parent.children.push(node);
    }
  }
  return top;
}

/** Whether a call starts a subagent: the Agent tool, called Task by older CLIs and in `system/init`. */
export function isAgentCall(block: ToolUseBlock): boolean {
  return block.name === 'Agent' || block.name === 'Task';
}

/** The subagent's report as the CLI's structured result of a finished Agent call holds it (its `content` blocks). */
export function agentReport(result: ToolResultBlock | undefined): unknown[] | undefined {
  const content = asObject(result?.toolUseResult)?.content;
  return Array.isArray(content) && content.length > 0 ? content : undefined;
}

/**
 * Whether the call started its subagent in the background (the CLI's default for the Agent tool):
 * its result came at once, and the subagent goes on working after it.
 */
export function launchedInBackground(result: ToolResultBlock | undefined): boolean {
  return asObject(result?.toolUseResult)?.status === 'async_launched';
}

export type StepCount = { messages: number; toolCalls: number };

/** What a subagent did so far, counted through its own subagents: its texts and its tool calls. */
export function countSteps(nodes: readonly BlockNode[]): StepCount {
  let messages = 0;
  let toolCalls = 0;
  for (const node of nodes) {
    if (node.block.type === 'text') {
      messages += 1;
    } else if (node.block.type === 'tool_use') {
      toolCalls += 1;
    }
    const inner = countSteps(node.children);
    messages += inner.messages;
    toolCalls += inner.toolCalls;
  }
  return { messages, toolCalls };
}

// The call a block belongs under, unless its chain of parents loops back on itself: blocks in a
// loop would have no way to the top, so they stay there.
function parentCall(node: BlockNode, calls: ReadonlyMap<string, BlockNode>): BlockNode | undefined {
  const parent = node.block.parentToolUseId;
  if (parent == null) {
    return undefined;
  }
  const call = calls.get(parent);
  if (call === undefined) {
    return undefined;
  }
  const seen = new Set<BlockNode>([node]);
  let ancestor: BlockNode | undefined = call;
  while (ancestor !== undefined) {
    if (seen.has(ancestor)) {
      return undefined;
    }
    seen.add(ancestor);
    const next: string | null | undefined = ancestor.block.parentToolUseId;
    ancestor = next == null ? undefined : calls.get(next);
  }
  return call;
}
