using Baton.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Tests.Data;

[Collection(ApiCollection.Name)]
public sealed class MigrationTests(ApiFixture app)
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_database_and_match_the_model()
    {
        var empty = await BatonDatabase.ScratchConnectionStringAsync(app, "migrations");

        await using (var db = BatonDatabase.Open(empty))
        {
            try
            {
                await db.Database.MigrateAsync();

                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
                Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration describes.");
                Assert.Equal(0, await db.Users.CountAsync());
            }
            finally
            {
                await db.Database.EnsureDeletedAsync();
            }
        }
    }

    [Fact]
    public async Task Both_instances_share_one_schema_applied_once()
    {
        await using var db = await BatonDatabase.OpenAsync(app);

        var applied = await db.Database.GetAppliedMigrationsAsync();

        Assert.Equal(db.Database.GetMigrations(), applied);
    }
}
