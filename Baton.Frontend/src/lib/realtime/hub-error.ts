import { ErrorCodes, type ErrorCode } from '@/lib/realtime/contract.generated';

const marker = 'HubException: ';
const knownCodes = new Set<string>(Object.values(ErrorCodes));

export type HubFailure = {
  code: ErrorCode | undefined;
  text: string;
};

/**
 * A failed hub call arrives as "... HubException: <code>: <text>": the code and text are what
 * follows the last marker. Anything else (a dropped connection, say) has no code.
 */
export function readHubFailure(error: unknown): HubFailure {
  const message = error instanceof Error ? error.message : String(error);
  const at = message.lastIndexOf(marker);
  if (at < 0) {
    return { code: undefined, text: message };
  }
  const rest = message.slice(at + marker.length);
  const separator = rest.indexOf(':');
  const candidate = separator < 0 ? rest : rest.slice(0, separator);
  if (!knownCodes.has(candidate)) {
    return { code: undefined, text: rest };
  }
  return {
    code: candidate as ErrorCode,
    text: separator < 0 ? '' : rest.slice(separator + 1).trim(),
  };
}

export function hubErrorCode(error: unknown): ErrorCode | undefined {
  return readHubFailure(error).code;
}
