/** Usage figures as the usage page and a conversation's total show them. */
export type UsageFiguresText = {
  runs: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
};

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** "12.3K in · 4K out": exact counts matter less here than their size. */
export function tokensText(figures: UsageFiguresText): string {
  return `${compact.format(figures.inputTokens)} in · ${compact.format(figures.outputTokens)} out`;
}

export function costText(costUsd: number): string {
  return `$${costUsd.toFixed(costUsd >= 100 ? 0 : 2)}`;
}

export function runsText(runs: number): string {
  return `${runs.toLocaleString('en')} ${runs === 1 ? 'run' : 'runs'}`;
}
