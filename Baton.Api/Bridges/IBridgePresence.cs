namespace Baton.Api.Bridges;

/// <summary>Whether a bridge is connected to some API instance right now.</summary>
public interface IBridgePresence
{
    Task<bool> IsOnlineAsync(Guid bridgeId, CancellationToken cancellationToken);
}
