using Baton.Api.Hubs;
using Baton.Contracts.Errors;
using Baton.Contracts.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Baton.Api.Bridges;

/// <summary>
/// A client-result call to one bridge connection: bounded by <see cref="BridgeOptions.ClientResultTimeout"/>
/// (SignalR has no timeout of its own), and any failure turned into a coded <see cref="HubException"/>:
/// <c>bridge_timeout</c>, the bridge's own refusal as it is, <c>internal</c> for a failure the bridge
/// gave no code, <c>bridge_unavailable</c> when the call did not get through.
/// </summary>
public sealed class BridgeCaller(IHubContext<BridgeHub, IBridgeClient> hub, IOptions<BridgeOptions> options, ILogger<BridgeCaller> logger)
{
    /// <param name="connectionId">The bridge's connection on the bridge hub.</param>
    /// <param name="call">The call, given the bridge and the token that times it out.</param>
    /// <param name="cancellationToken">Ends the wait early (the API stops); that is not a bridge failure and is not mapped.</param>
    public async Task<T> CallAsync<T>(string connectionId, Func<IBridgeClient, CancellationToken, Task<T>> call, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.ClientResultTimeout);
        try
        {
            return await call(hub.Clients.Client(connectionId), timeout.Token);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception) when (timeout.IsCancellationRequested)
        {
            throw HubErrors.Create(ErrorCodes.BridgeTimeout, "The bridge did not answer in time.");
        }
        catch (HubException exception) when (HubErrors.ExtractCode(exception) is { } code && code != ErrorCodes.Internal)
        {
            // The bridge's own refusal (outside_root, file_too_large, ...) goes on as it is.
            throw HubErrors.Create(code, HubErrors.ExtractText(exception));
        }
        catch (HubException exception)
        {
            // The bridge answered, with a failure it gave no code: its connection is fine, so no one
            // must be told the bridge is away.
            logger.LogWarning(exception, "The bridge on connection {ConnectionId} failed a call", connectionId);
            throw HubErrors.Create(ErrorCodes.Internal, "The bridge could not do this.");
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "A call to the bridge on connection {ConnectionId} failed", connectionId);
            throw HubErrors.Create(ErrorCodes.BridgeUnavailable, "The bridge could not answer.");
        }
    }
}
