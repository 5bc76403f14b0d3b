import { describe, expect, it } from 'vitest';
import { plainMarkdown } from '@/lib/plain-markdown';

describe('plainMarkdown', () => {
  it('drops code fences with their language, headings, quotes, list markers and link addresses', () => {
    const text =
      '# Release\n> quoted\n- first **deploy** step\n2. see [the docs](https://example.com/docs)\n\n```csharp\nRun();\n```';

    expect(plainMarkdown(text)).toBe('Release quoted first deploy step see the docs Run();');
  });

  it('keeps words that only look like marks inside a line', () => {
    expect(plainMarkdown('a - b, snake_case, 3 * 4')).toBe('a - b, snake_case, 3 * 4');
  });
});
