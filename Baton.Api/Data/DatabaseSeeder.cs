using Baton.Api.Auth;
using Baton.Api.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Baton.Api.Data;

/// <summary>
/// Creates the configured first user, their local bridge and the playground project. Idempotent:
/// each step looks for what an earlier start made; the migrator's lock keeps instances apart.
/// </summary>
public sealed class DatabaseSeeder(
    BatonDbContext db,
    UserManager<BatonUser> users,
    IOptions<SeedOptions> options,
    TimeProvider time,
    ILogger<DatabaseSeeder> logger)
{
    public const string PlaygroundProjectName = "playground";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var seed = options.Value;
        if (string.IsNullOrWhiteSpace(seed.Email) || string.IsNullOrEmpty(seed.Password))
        {
            logger.LogInformation("No seed user configured; skipping seeding");
            return;
        }

        var user = await EnsureUserAsync(seed.Email, seed.Password);
        if (string.IsNullOrEmpty(seed.BridgeToken))
        {
            return;
        }

        var bridge = await EnsureBridgeAsync(user.Id, seed.BridgeName, seed.BridgeToken, cancellationToken);
        if (!string.IsNullOrWhiteSpace(seed.WorkspaceRoot))
        {
            await EnsurePlaygroundAsync(user.Id, bridge.Id, seed.WorkspaceRoot, cancellationToken);
        }
    }

    private async Task<BatonUser> EnsureUserAsync(string email, string password)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return existing;
        }

        var user = new BatonUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, CreatedAt = time.GetStoredUtcNow() };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not create the seed user {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }

        logger.LogInformation("Seeded user {Email}", email);
        return user;
    }

    private async Task<Bridge> EnsureBridgeAsync(Guid ownerId, string name, string token, CancellationToken cancellationToken)
    {
        var hash = OpaqueToken.Hash(token);
        var bridge = await db.Bridges.SingleOrDefaultAsync(
            b => b.OwnerId == ownerId && b.Name == name && b.RevokedAt == null, cancellationToken);
        if (bridge is null)
        {
            bridge = new Bridge { Id = Guid.CreateVersion7(), OwnerId = ownerId, Name = name, TokenHash = hash, CreatedAt = time.GetStoredUtcNow() };
            db.Bridges.Add(bridge);
            logger.LogInformation("Seeded bridge {BridgeName}", name);
        }
        else if (bridge.TokenHash != hash)
        {
            // The configured token is the local bridge's: a new secret replaces the old one.
            bridge.TokenHash = hash;
            logger.LogInformation("Replaced the token of bridge {BridgeName}", name);
        }

        await db.SaveChangesAsync(cancellationToken);
        return bridge;
    }

    private async Task EnsurePlaygroundAsync(Guid ownerId, Guid bridgeId, string workspaceRoot, CancellationToken cancellationToken)
    {
        var rootDirectory = Path.Combine(workspaceRoot, PlaygroundProjectName);
        try
        {
            Directory.CreateDirectory(rootDirectory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The workspace may be on the bridge's machine, not this one; the bridge works there.
            logger.LogWarning(exception, "Could not create {RootDirectory} on this machine", rootDirectory);
        }

        var now = time.GetStoredUtcNow();
        if (await db.Projects.SingleOrDefaultAsync(p => p.OwnerId == ownerId && p.Name == PlaygroundProjectName, cancellationToken) is { } playground)
        {
            // It follows the configured workspace: left in an earlier root, every message to it would be outside the bridge's root.
            if (playground.RootDirectory != rootDirectory || playground.BridgeId != bridgeId)
            {
                playground.RootDirectory = rootDirectory;
                playground.BridgeId = bridgeId;
                playground.UpdatedAt = now;
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Moved project {ProjectName} to {RootDirectory}", PlaygroundProjectName, rootDirectory);
            }

            return;
        }

        db.Projects.Add(new Project
        {
            Id = Guid.CreateVersion7(),
            OwnerId = ownerId,
            Name = PlaygroundProjectName,
            RootDirectory = rootDirectory,
            BridgeId = bridgeId,
            CreatedAt = now,
            UpdatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded project {ProjectName} at {RootDirectory}", PlaygroundProjectName, rootDirectory);
    }
}
