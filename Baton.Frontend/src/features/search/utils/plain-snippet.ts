import { plainMarkdown } from '@/lib/plain-markdown';
import type { SnippetPart } from '@/features/search/api/search-messages';

// Marks around each match while the parts are one text, so that Markdown spanning a match is seen whole:
// private-use characters, as the server's own marks are, that no message holds.
const matchStart = '\uE000';
const matchEnd = '\uE001';
const markedMatch = /\uE000([^\uE001]*)\uE001/g;

/** A snippet as a passage to read: its Markdown marks gone and its lines run together, its matches kept. */
export function plainSnippet(parts: readonly SnippetPart[]): SnippetPart[] {
  const marked = parts
    .map((part) => (part.match ? `${matchStart}${part.text}${matchEnd}` : part.text))
    .join('');
  return splitAtMarks(plainMarkdown(marked));
}

function splitAtMarks(text: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let from = 0;
  for (const found of text.matchAll(markedMatch)) {
    if (found.index > from) {
      parts.push({ text: text.slice(from, found.index), match: false });
    }
    parts.push({ text: found[1] ?? '', match: true });
    from = found.index + found[0].length;
  }
  if (from < text.length) {
    parts.push({ text: text.slice(from), match: false });
  }
  return parts;
}
