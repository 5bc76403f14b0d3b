namespace Baton.Api.Bridges;

/// <summary>
/// Which bridge is connected to which API instance right now, shared by every instance. The instance
/// holding a bridge announces it on connect and refreshes it while connected; the record expires otherwise.
/// </summary>
public interface IBridgePresence
{
    Task<bool> IsOnlineAsync(Guid bridgeId, CancellationToken cancellationToken);

    /// <summary>
    /// When the bridge's last connection ended, while that is remembered (the record's expiry, and not
    /// across a Redis restart); null when it is online or nobody knows.
    /// </summary>
    Task<DateTimeOffset?> LeftAtAsync(Guid bridgeId, CancellationToken cancellationToken);

    /// <summary>Where the bridge is connected; null when it is offline.</summary>
    Task<BridgeLocation?> LocateAsync(Guid bridgeId, CancellationToken cancellationToken);

    /// <summary>Records a new connection of the bridge, replacing whatever was there.</summary>
    Task AnnounceAsync(Guid bridgeId, BridgeLocation location, CancellationToken cancellationToken);

    /// <summary>
    /// Extends the record of <paramref name="location"/>'s connection, or writes it again when it is gone
    /// (e.g. after Redis restarted); false when another connection of the bridge has taken over.
    /// </summary>
    Task<bool> RefreshAsync(Guid bridgeId, BridgeLocation location, CancellationToken cancellationToken);

    /// <summary>
    /// Ends the record if it is still this connection's, keeping when it ended (see <see cref="LeftAtAsync"/>);
    /// true when it was this connection's.
    /// </summary>
    Task<bool> WithdrawAsync(Guid bridgeId, string connectionId, CancellationToken cancellationToken);
}
