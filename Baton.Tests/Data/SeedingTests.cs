using Baton.Api.Data;
using Baton.Api.Auth;
using Baton.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Tests.Data;

/// <summary>Two API instances started together against one empty database: the seed data exists once.</summary>
[Collection(ApiCollection.Name)]
public sealed class SeedingTests(ApiFixture app)
{
    [Fact]
    public async Task First_user_local_bridge_and_playground_are_seeded_once()
    {
        var email = await AppParameters.GetAsync(app, "seed-email");
        await using var db = await BatonDatabase.OpenAsync(app);

        var user = await db.Users.SingleAsync(u => u.Email == email);
        var bridge = await db.Bridges.SingleAsync(b => b.OwnerId == user.Id);
        var project = await db.Projects.SingleAsync(p => p.OwnerId == user.Id);

        Assert.Equal(1, await db.Users.CountAsync(u => u.NormalizedEmail == email.ToUpperInvariant()));
        Assert.Equal(("local", OpaqueToken.Hash(app.BridgeToken), (DateTimeOffset?)null), (bridge.Name, bridge.TokenHash, bridge.RevokedAt));
        Assert.Equal(DatabaseSeeder.PlaygroundProjectName, project.Name);
        Assert.Equal(Path.Combine(app.WorkspaceRoot, "playground"), project.RootDirectory);
        Assert.Equal(bridge.Id, project.BridgeId);
        Assert.True(Directory.Exists(project.RootDirectory));
    }
}
