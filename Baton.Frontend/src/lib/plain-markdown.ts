/**
 * Markdown read as plain words on one line: without code fences and their language, headings, quotes,
 * list markers, emphasis, inline code and link addresses, its lines run together. For a passage shown
 * as a glimpse of a message (a search result, a session's last words), where the marks are noise.
 */
export function plainMarkdown(text: string): string {
  return text
    .replace(/```[\w+#-]*/g, ' ')
    .replace(/(^|\n)[ \t]{0,3}(?:#{1,6}|>|[-*+]|\d+\.)[ \t]+/g, '$1')
    .replace(/\[([^\]\n]*)\]\([^)\s]*\)/g, '$1')
    .replace(/\*\*|__|~~|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
