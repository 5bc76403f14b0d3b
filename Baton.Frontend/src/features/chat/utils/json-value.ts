/** Small readers for JSON the CLI or the API hands through untyped. */
export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The readable text of a tool result or content: a string, or the text of its text blocks. */
export function contentText(content: unknown): string {
  if (typeof content === 'string') {
    return content;
  }
  if (Array.isArray(content)) {
    return content
      .map((part) => {
        const block = asObject(part);
        return asString(block?.text) ?? (block === undefined ? '' : JSON.stringify(block));
      })
      .join('\n');
  }
  if (content === undefined || content === null) {
    return '';
  }
  return JSON.stringify(content, null, 2);
}
