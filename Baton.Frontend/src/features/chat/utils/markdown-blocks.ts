const fenceMarker = /^ {0,3}(`{3,}|~{3,})/;
const anyFence = /^ {0,3}(`{3,}|~{3,})/m;

/**
 * Splits markdown at the blank lines between top-level blocks, so a growing answer can render
 * its finished blocks once and parse only the last one again. It never splits inside a fenced
 * code block, nor before an indented line (the continuation of a list item or a block).
 */
export function splitMarkdownBlocks(text: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: string | undefined;
  let afterBlankLine = false;
  for (const line of text.split('\n')) {
    const marker = fenceMarker.exec(line)?.[1];
    if (fence === undefined) {
      const startsBlock = afterBlankLine && line.trim() !== '' && !/^\s/.test(line);
      if (startsBlock && current.length > 0) {
        blocks.push(current.join('\n'));
        current = [];
      }
      fence = marker;
    } else if (marker?.startsWith(fence) === true && line.trim() === marker) {
      fence = undefined;
    }
    current.push(line);
    afterBlankLine = line.trim() === '';
  }
  blocks.push(current.join('\n'));
  return blocks;
}

/** Whether the markdown has a fenced code block, the only kind that is highlighted. */
export function hasFencedCode(text: string): boolean {
  return anyFence.test(text);
}
