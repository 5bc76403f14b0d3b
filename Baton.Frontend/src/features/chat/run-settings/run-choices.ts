/** The models Baton offers by their CLI aliases ('' is the CLI's default). */
export const models: readonly { value: string; label: string }[] = [
  { value: 'sonnet', label: 'Sonnet' },
  { value: 'opus', label: 'Opus' },
  { value: 'haiku', label: 'Haiku' },
];

/** The CLI's `--effort` levels, lowest first. */
export const effortLevels: readonly string[] = ['low', 'medium', 'high', 'xhigh', 'max'];
