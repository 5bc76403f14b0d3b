// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MessageBlock } from '@/lib/realtime/contract.generated';
import { countSteps, groupBlocks, type BlockNode } from '@/features/chat/subagents/block-tree';

function storedBlocks(fixture: string): MessageBlock[] {
  const folder = new URL('../../../../../Baton.Tests/Fixtures/Folds/', import.meta.url);
  return (JSON.parse(readFileSync(new URL(fixture, folder), 'utf8')) as { blocks: MessageBlock[] })
    .blocks;
}

// Two subagents started by parallel Task calls, their blocks interleaved, as history stores them.
const interleaved = storedBlocks('subagents-interleaved.json');

function text(value: string, parentToolUseId?: string): MessageBlock {
  return parentToolUseId === undefined
    ? { type: 'text', text: value }
    : { type: 'text', text: value, parentToolUseId };
}

function call(id: string, name: string, parentToolUseId?: string): MessageBlock {
  return parentToolUseId === undefined
    ? { type: 'tool_use', id, name, input: {} }
    : { type: 'tool_use', id, name, input: {}, parentToolUseId };
}

// A readable picture of a tree: each block by its text or its call's id, children in brackets.
function shape(nodes: readonly BlockNode[]): unknown[] {
  return nodes.map(({ block, children }) => {
    const name =
      block.type === 'text'
        ? block.text
        : block.type === 'tool_use'
          ? block.id
          : block.type === 'tool_result'
            ? `result ${block.toolUseId}`
            : block.type;
    return children.length === 0 ? name : { [name]: shape(children) };
  });
}

describe('groupBlocks', () => {
  it('puts each subagent block under the call that started it, in the order they came', () => {
    expect(shape(groupBlocks(interleaved))).toEqual([
      {
        toolu_task1: ['The README explains setup.', 'toolu_sub1_read', 'result toolu_sub1_read'],
      },
      { toolu_task2: ['There are three tests.'] },
      'result toolu_task2',
      'result toolu_task1',
      'Both done.',
    ]);
  });

  it('groups a subagent of the pinned CLI under its Agent call', () => {
    const nodes = groupBlocks(storedBlocks('recorded-subagent.json'));
    const [opening, agent, report, answer] = nodes;
    expect(nodes).toHaveLength(4);
    expect(opening?.block).toMatchObject({ type: 'text', text: "I'll hand this to a subagent." });
    expect(agent?.block).toMatchObject({ type: 'tool_use', name: 'Agent' });
    expect(agent?.children.map((child) => child.block.type)).toEqual([
      'text',
      'tool_use',
      'tool_result',
      'text',
    ]);
    expect(agent?.children[0]?.block).toMatchObject({
      text: 'Looking around the project folder first.',
    });
    expect(report?.block.type).toBe('tool_result');
    expect(answer?.block).toMatchObject({ type: 'text' });
  });

  it('keeps every block exactly once', () => {
    const count = (nodes: readonly BlockNode[]): number =>
      nodes.reduce((sum, node) => sum + 1 + count(node.children), 0);
    expect(count(groupBlocks(interleaved))).toBe(interleaved.length);
  });

  it('nests a subagent started by a subagent under its parent subagent', () => {
    const blocks = [
      call('outer', 'Agent'),
      text('Outer looks first.', 'outer'),
      call('inner', 'Task', 'outer'),
      text('Inner reports.', 'inner'),
      text('Outer is done.', 'outer'),
      text('All done.'),
    ];
    expect(shape(groupBlocks(blocks))).toEqual([
      { outer: ['Outer looks first.', { inner: ['Inner reports.'] }, 'Outer is done.'] },
      'All done.',
    ]);
  });

  it('leaves a block at the top when its parent call is not in the answer', () => {
    const blocks = [text('From an agent started in an earlier run.', 'gone'), text('Main text.')];
    expect(shape(groupBlocks(blocks))).toEqual([
      'From an agent started in an earlier run.',
      'Main text.',
    ]);
  });

  it('leaves calls whose parents loop back on themselves at the top', () => {
    const blocks = [call('a', 'Agent', 'b'), call('b', 'Agent', 'a'), call('c', 'Agent', 'c')];
    expect(shape(groupBlocks(blocks))).toEqual(['a', 'b', 'c']);
  });
});

describe('countSteps', () => {
  it("counts a subagent's messages and tool calls, its own subagents' included", () => {
    const [outer] = groupBlocks([
      call('outer', 'Agent'),
      text('One.', 'outer'),
      call('read', 'Read', 'outer'),
      call('inner', 'Agent', 'outer'),
      text('Two.', 'inner'),
    ]);
    expect(countSteps(outer?.children ?? [])).toEqual({ messages: 2, toolCalls: 2 });
  });
});
