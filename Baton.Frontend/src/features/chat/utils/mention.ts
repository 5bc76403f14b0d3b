/** An `@` being typed: where it starts, where the caret is, and the text between. */
export type Mention = {
  start: number;
  end: number;
  query: string;
};

/** The mention the caret is in: an `@` at the start of a word, with no space up to the caret. */
export function findMention(text: string, caret: number): Mention | undefined {
  const before = text.slice(0, caret);
  const match = /(?:^|\s)@([^\s@]*)$/.exec(before);
  if (match === null) {
    return undefined;
  }
  const query = match[1] ?? '';
  return { start: caret - query.length - 1, end: caret, query };
}

export function replaceMention(
  text: string,
  mention: Mention,
  path: string,
): { text: string; caret: number } {
  const inserted = `@${path} `;
  return {
    text: text.slice(0, mention.start) + inserted + text.slice(mention.end),
    caret: mention.start + inserted.length,
  };
}
