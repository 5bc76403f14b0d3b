using System.Data.Common;
using Npgsql;

namespace Baton.Api.Data;

/// <summary>
/// The statements the relay repeats (a drain's append, its locks) are prepared on each connection once they
/// recur: PostgreSQL then neither parses nor plans them again, which was a quarter of its CPU per streamed
/// event. A connection keeps its prepared statements while it is pooled. A connection string that says how
/// many to prepare keeps its own word: <c>Max Auto Prepare=0</c> turns preparing off, as a pooler in front of
/// PostgreSQL that cannot keep prepared statements between transactions needs.
/// </summary>
public static class PreparedStatements
{
    private const int Prepared = 64;
    private const int PreparedAfterUses = 2;

    public static string? Enable(string? connectionString)
    {
        if (connectionString is null || Names(connectionString).Contains(nameof(NpgsqlConnectionStringBuilder.MaxAutoPrepare)))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = Prepared, AutoPrepareMinUsages = PreparedAfterUses }.ConnectionString;
    }

    /// <summary>The settings a connection string names, spaces left out, whichever spelling it uses.</summary>
    private static HashSet<string> Names(string connectionString) =>
        new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(name => name.Replace(" ", "", StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
