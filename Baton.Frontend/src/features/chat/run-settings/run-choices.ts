import type { ModelChoice } from '@/lib/realtime/contract.generated';

/** The CLI's model aliases, offered when the bridge has not listed its CLI's models ('' is the CLI's default). */
export const fallbackModels: readonly ModelChoice[] = [
  { value: 'sonnet', displayName: 'Sonnet', description: null },
  { value: 'opus', displayName: 'Opus', description: null },
  { value: 'haiku', displayName: 'Haiku', description: null },
];

/** The CLI's `--effort` levels, lowest first. */
export const effortLevels: readonly string[] = ['low', 'medium', 'high', 'xhigh', 'max'];
