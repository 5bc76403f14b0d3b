import { describe, expect, it } from 'vitest';
import { plainSnippet } from '@/features/search/utils/plain-snippet';

describe('plainSnippet', () => {
  it("reads an answer's Markdown as plain words on one line, its matches kept", () => {
    const parts = [
      { text: 'Hello', match: true },
      { text: "! I'm Baton's **scripted model**, standing in. You wrote: \"", match: false },
      { text: 'hello', match: true },
      { text: '".\n\n```csharp\nConsole.WriteLine("', match: false },
      { text: 'Hello', match: true },
      { text: '");\n```\n\nType `help` to see more', match: false },
    ];

    expect(plainSnippet(parts)).toEqual([
      { text: 'Hello', match: true },
      { text: "! I'm Baton's scripted model, standing in. You wrote: \"", match: false },
      { text: 'hello', match: true },
      { text: '". Console.WriteLine("', match: false },
      { text: 'Hello', match: true },
      { text: '"); Type help to see more', match: false },
    ]);
  });
});
