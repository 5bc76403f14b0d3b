import { describe, expect, it } from 'vitest';
import { contextLevel } from '@/features/chat/context/context-level';

describe('contextLevel', () => {
  it('warns as the context nears where the CLI compacts', () => {
    const usage = { live: true, windowTokens: 1_000_000, autoCompactTokens: 967_000 };

    expect(contextLevel({ ...usage, usedTokens: 13_082 })).toEqual({
      share: 0.013082,
      warning: false,
    });
    expect(contextLevel({ ...usage, usedTokens: 800_000 })?.warning).toBe(true);
  });

  it('warns near the window where the CLI does not compact on its own', () => {
    const usage = { live: true, windowTokens: 200_000, autoCompactTokens: null };

    expect(contextLevel({ ...usage, usedTokens: 150_000 })?.warning).toBe(false);
    expect(contextLevel({ ...usage, usedTokens: 170_000 })?.warning).toBe(true);
  });

  it('has no level while no process holds the conversation', () => {
    expect(
      contextLevel({ live: false, usedTokens: 0, windowTokens: 0, autoCompactTokens: null }),
    ).toBeUndefined();
  });
});
