/** The key live deltas fold into: the CLI's message id and the block's index in it. */
export function blockKey(cliMessageId: string, index: number): string {
  return `${cliMessageId}:${index}`;
}
