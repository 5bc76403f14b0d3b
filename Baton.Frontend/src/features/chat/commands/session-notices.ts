import type { CliJson, MessageBlock, StreamEvent } from '@/lib/realtime/contract.generated';

/**
 * What `/compact` and `/clear` leave in an answer, folded as the API does (`SessionNotices.cs`): a
 * notice while the CLI compacts, the boundary it then draws (or that it failed) in that notice's
 * place, and the start of a new session.
 */
export function foldSessionNotice(blocks: MessageBlock[], event: StreamEvent): void {
  if (event.parentToolUseId != null) {
    return;
  }
  const notice = noticeOf(event);
  if (notice === undefined) {
    return;
  }
  const compacting =
    notice === 'compact_boundary' || notice === 'compact_failed'
      ? blocks.findLastIndex((block) => block.type === 'notice' && block.subtype === 'compacting')
      : -1;
  if (compacting >= 0) {
    blocks[compacting] = { type: 'notice', subtype: notice };
  } else {
    blocks.push({ type: 'notice', subtype: notice });
  }
}

function noticeOf(event: StreamEvent): string | undefined {
  if (event.kind === 'other') {
    return text(event.line, 'type') === 'conversation_reset' ? 'new_session' : undefined;
  }
  if (event.kind !== 'system') {
    return undefined;
  }
  if (event.subtype === 'compact_boundary') {
    return 'compact_boundary';
  }
  if (event.subtype !== 'status') {
    return undefined;
  }
  if (text(event.raw, 'status') === 'compacting') {
    return 'compacting';
  }
  const result = text(event.raw, 'compact_result');
  return result !== undefined && result !== 'success' ? 'compact_failed' : undefined;
}

function text(json: CliJson, property: string): string | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return undefined;
  }
  const value = (json as Record<string, unknown>)[property];
  return typeof value === 'string' ? value : undefined;
}
