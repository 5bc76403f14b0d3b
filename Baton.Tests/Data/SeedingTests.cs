using Aspire.Hosting.ApplicationModel;
using Baton.Api.Data;
using Baton.Api.Auth;
using Baton.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Baton.Tests.Data;

/// <summary>Two API instances started together against one empty database: the seed data exists once, and follows the configuration.</summary>
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

    [Fact]
    public async Task The_playground_follows_the_configured_workspace_when_it_was_seeded_in_another()
    {
        var email = await AppParameters.GetAsync(app, "seed-email");
        var configured = Path.Combine(app.WorkspaceRoot, "playground");
        await using (var db = await BatonDatabase.OpenAsync(app))
        {
            var owner = await db.Users.SingleAsync(u => u.Email == email);
            await db.Projects.Where(p => p.OwnerId == owner.Id && p.Name == DatabaseSeeder.PlaygroundProjectName)
                .ExecuteUpdateAsync(setters => setters.SetProperty(p => p.RootDirectory, "/srv/earlier-workspace/playground"));
        }

        var seededAgain = app.Logs.WatchForLineAsync("api", line => line.Contains("Database ready", StringComparison.Ordinal));
        await app.ExecuteResourceCommandAsync("api", KnownResourceCommands.RestartCommand);
        await seededAgain.WaitAsync(BatonAppFixture.StartTimeout);
        await app.WaitForHealthStatusAsync("api", HealthStatus.Healthy, BatonAppFixture.StartTimeout);

        await using var after = await BatonDatabase.OpenAsync(app);
        var user = await after.Users.SingleAsync(u => u.Email == email);
        var playground = await after.Projects.SingleAsync(p => p.OwnerId == user.Id && p.Name == DatabaseSeeder.PlaygroundProjectName);
        Assert.Equal(configured, playground.RootDirectory);
    }
}
