import { HttpTransportType, HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { apiUrl } from '@/lib/api-url';
import { HubPaths } from '@/lib/realtime/contract.generated';
import type { HubConnectionLike } from '@/lib/realtime/hub-connection-like';

// Quick first tries, then every ten seconds for as long as the page stays open.
const retryDelaysMs = [0, 1_000, 2_000, 5_000, 10_000];

export function retryDelayMs(previousRetryCount: number): number {
  return retryDelaysMs[Math.min(previousRetryCount, retryDelaysMs.length - 1)] ?? 10_000;
}

export function createChatConnection(accessTokenFactory: () => Promise<string>): HubConnectionLike {
  return new HubConnectionBuilder()
    .withUrl(apiUrl(HubPaths.chat), {
      accessTokenFactory,
      // WebSockets only: no negotiate round trip, and no sticky sessions needed across API instances.
      skipNegotiation: true,
      transport: HttpTransportType.WebSockets,
    })
    .withAutomaticReconnect({
      nextRetryDelayInMilliseconds: (context) => retryDelayMs(context.previousRetryCount),
    })
    .configureLogging(LogLevel.Warning)
    .build();
}
