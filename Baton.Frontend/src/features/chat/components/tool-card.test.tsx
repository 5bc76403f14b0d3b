import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ToolResultBlock, ToolUseBlock } from '@/lib/realtime/contract.generated';
import { ToolCard } from '@/features/chat/components/tool-card';
import { promptState } from '@/testing/prompts';

const write: ToolUseBlock = {
  type: 'tool_use',
  id: 'toolu_1',
  name: 'Write',
  input: { file_path: '/srv/app/notes.txt', content: 'Hello\n' },
};

// The pinned CLI's tool_use_result for a Write over an existing file (type "update").
function updated(originalLines: string[], lines: string[]): ToolResultBlock {
  return {
    type: 'tool_result',
    toolUseId: 'toolu_1',
    content: 'The file /srv/app/notes.txt has been updated.',
    isError: false,
    toolUseResult: {
      type: 'update',
      filePath: '/srv/app/notes.txt',
      originalFile: originalLines.join('\n'),
      structuredPatch: [
        {
          oldStart: 1,
          oldLines: originalLines.length,
          newStart: 1,
          newLines: lines.length,
          lines: [...originalLines.map((line) => `-${line}`), ...lines.map((line) => `+${line}`)],
        },
      ],
    },
  };
}

function diffLines(): string[] {
  return within(screen.getByTestId('tool-diff'))
    .queryAllByText((_, element) => element?.hasAttribute('data-diff') ?? false)
    .map((line) => `${line.dataset.diff}:${line.textContent.trim()}`);
}

describe('ToolCard', () => {
  it('shows a Write over an existing file as a diff against what it replaced, numbered', () => {
    render(<ToolCard block={write} result={updated(['old line'], ['Hello'])} />);

    expect(diffLines()).toEqual(['removed:1      - old line', 'added:1 + Hello']);
  });

  it('shows a new file written as added lines numbered from one while the call runs', () => {
    render(<ToolCard block={write} result={undefined} />);

    expect(diffLines()).toEqual(['added:1 + Hello']);
  });

  it('shows the start of a long diff and the rest on request', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 80 }, (_, at) => `line ${at + 1}`);
    render(<ToolCard block={write} result={updated([], many)} />);

    expect(diffLines()).toHaveLength(60);
    await user.click(screen.getByTestId('diff-show-all'));

    expect(diffLines()).toHaveLength(80);
    expect(screen.queryByTestId('diff-show-all')).not.toBeInTheDocument();
  });

  it('shows a TodoWrite call as its checklist alone once the list is written', () => {
    const todoWrite: ToolUseBlock = {
      type: 'tool_use',
      id: 'toolu_2',
      name: 'TodoWrite',
      input: {
        todos: [
          { content: 'Run the tests', status: 'in_progress', activeForm: 'Running the tests' },
        ],
      },
    };
    const written: ToolResultBlock = {
      type: 'tool_result',
      toolUseId: 'toolu_2',
      content: 'Todos have been modified successfully.',
      isError: false,
    };
    render(<ToolCard block={todoWrite} result={written} />);

    expect(screen.getByTestId('todo-item')).toHaveTextContent('In progress: Running the tests');
    expect(screen.queryByTestId('tool-result')).not.toBeInTheDocument();
  });

  it('says a call waits for you while its prompt is open, and leaves its input to the prompt', () => {
    const waiting = promptState({ toolUseId: write.id, toolName: 'Write', input: write.input });
    render(<ToolCard block={write} result={undefined} prompt={waiting} />);

    const card = screen.getByTestId('tool-card');
    expect(card).toHaveAttribute('data-state', 'waiting');
    expect(card).toHaveTextContent('waiting for you');
    expect(screen.queryByTestId('tool-diff')).not.toBeInTheDocument();
  });

  it('says a call runs once its prompt is allowed', () => {
    const allowed = promptState({
      toolUseId: write.id,
      resolution: { decision: 'allow', by: 'user', mode: null },
    });
    render(<ToolCard block={write} result={undefined} prompt={allowed} />);

    expect(screen.getByTestId('tool-card')).toHaveTextContent('running…');
    expect(diffLines()).toEqual(['added:1 + Hello']);
  });

  it('calls a refused call denied, and a call that went wrong failed', () => {
    const refusal: ToolResultBlock = {
      type: 'tool_result',
      toolUseId: write.id,
      content: 'The user denied this.',
      isError: true,
    };
    const denied = promptState({
      toolUseId: write.id,
      resolution: { decision: 'deny', by: 'user', mode: null },
    });
    const { rerender } = render(<ToolCard block={write} result={refusal} prompt={denied} />);
    expect(screen.getByTestId('tool-card')).toHaveAttribute('data-state', 'denied');
    expect(screen.getByTestId('tool-card')).toHaveTextContent('denied');

    rerender(<ToolCard block={write} result={refusal} />);
    expect(screen.getByTestId('tool-card')).toHaveAttribute('data-state', 'error');
    expect(screen.getByTestId('tool-card')).toHaveTextContent('failed');
  });
});
