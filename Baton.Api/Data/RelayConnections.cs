using Npgsql;

namespace Baton.Api.Data;

/// <summary>
/// The connections of the relay's statements that stand on their own (a drain stored without a transaction, a prompt
/// settled without one, an answer marked delivered): a pool of their own, of at most <see cref="MaxConnections"/>.
/// Npgsql hands out a pool's idle connections in turn, and the shared pool grows to what bursts of requests need, so
/// each of these statements went to the backend that had waited longest, asleep, and mostly one that had not prepared
/// it yet: after a burst of 50 conversations, storing a prompt near idle took 5–7 ms, against 2 without the burst, and a
/// settlement was parsed and planned again on most backends, 2.2 ms of PostgreSQL's time against 0.4. The relay's
/// writer stores one drain at a time and answers are one statement each, so this pool stays at a few connections, whose
/// backends ran them before. A burst of answers that takes them all delays a drain by a statement or two.
/// </summary>
public sealed class RelayConnections(NpgsqlDataSource source) : IAsyncDisposable
{
    public const int MaxConnections = 4;

    public static RelayConnections For(string connectionString) =>
        new(NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(PooledConnections.Tune(connectionString)) { MaxPoolSize = MaxConnections }));

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => source.OpenConnectionAsync(cancellationToken);

    public ValueTask DisposeAsync() => source.DisposeAsync();
}
