import type { ContextUsage } from '@/lib/realtime/contract.generated';

/** A meter warns from here on: the CLI compacts on its own at its threshold, or the window fills. */
export const warningShare = 0.8;

export type ContextLevel = {
  // The share of the window in use, 0 to 1.
  share: number;
  // Near where the CLI compacts, or near the window's end where it does not.
  warning: boolean;
};

export function contextLevel(usage: ContextUsage): ContextLevel | undefined {
  if (!usage.live || usage.windowTokens <= 0) {
    return undefined;
  }
  const share = Math.min(1, usage.usedTokens / usage.windowTokens);
  const limit = usage.autoCompactTokens ?? usage.windowTokens;
  return { share, warning: usage.usedTokens >= limit * warningShare };
}
