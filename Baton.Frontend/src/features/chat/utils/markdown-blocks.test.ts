import { describe, expect, it } from 'vitest';
import { hasFencedCode, splitMarkdownBlocks } from '@/features/chat/utils/markdown-blocks';

describe('splitMarkdownBlocks', () => {
  it('splits paragraphs, headings and lists at blank lines', () => {
    expect(splitMarkdownBlocks('# Title\n\nFirst part.\n\n- one\n- two\n\nLast')).toEqual([
      '# Title\n',
      'First part.\n',
      '- one\n- two\n',
      'Last',
    ]);
  });

  it('keeps a fenced code block with blank lines whole', () => {
    const code = '```csharp\nvar a = 1;\n\nvar b = 2;\n```';
    expect(splitMarkdownBlocks(`Before\n\n${code}\n\nAfter`)).toEqual([
      'Before\n',
      `${code}\n`,
      'After',
    ]);
  });

  it('keeps an unfinished fence open to the end while it streams', () => {
    expect(splitMarkdownBlocks('Intro\n\n~~~\nline\n\nmore')).toEqual([
      'Intro\n',
      '~~~\nline\n\nmore',
    ]);
  });

  it('keeps an indented continuation with the list item it belongs to', () => {
    expect(splitMarkdownBlocks('1. step\n\n    code of the step\n\n2. next')).toEqual([
      '1. step\n\n    code of the step\n',
      '2. next',
    ]);
  });

  it('gives the same text back when joined', () => {
    const text = 'a\n\n\nb\n\n```\nc\n\n```\n\nd\n';
    expect(splitMarkdownBlocks(text).join('\n')).toBe(text);
  });

  it('tells text with a fenced code block from text without', () => {
    expect(hasFencedCode('Some `inline` code\n\n    indented code')).toBe(false);
    expect(hasFencedCode('Intro\n\n```ts\nconst a = 1;\n```')).toBe(true);
  });
});
