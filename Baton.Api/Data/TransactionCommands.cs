using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Baton.Api.Data;

/// <summary>
/// Raw statements in the context's open transaction, for what EF cannot say in one round trip.
/// <c>why</c> says why the caller needs that transaction, should there be none.
/// </summary>
public static class TransactionCommands
{
    public static NpgsqlCommand CommandInTransaction(this BatonDbContext db, string sql, string why)
    {
        var transaction = OpenTransaction(db, why);
        return new NpgsqlCommand(sql, transaction.Connection, transaction);
    }

    /// <summary>
    /// A raw statement on the context's open connection, in its transaction when one is open: for a statement that is
    /// whole on its own, and also runs inside a caller's transaction.
    /// </summary>
    public static NpgsqlCommand CommandOnConnection(this BatonDbContext db, string sql) =>
        db.Database.CurrentTransaction?.GetDbTransaction() is NpgsqlTransaction transaction
            ? new NpgsqlCommand(sql, transaction.Connection, transaction)
            : new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection());

    private static NpgsqlTransaction OpenTransaction(BatonDbContext db, string why) =>
        (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException(why);
}
