using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Baton.Api.Auth;

/// <summary>
/// Issues, rotates and revokes refresh tokens. Each token can be spent once: a second use means it
/// leaked, so the whole family (every token descended from that sign-in) is revoked.
/// </summary>
public sealed class RefreshTokenStore(
    BatonDbContext db,
    IOptions<AuthOptions> options,
    SessionRevocation sessions,
    TimeProvider time,
    ILogger<RefreshTokenStore> logger)
{
    private const string Prefix = "brt_";

    public Task<IssuedRefreshToken> IssueAsync(Guid userId, CancellationToken cancellationToken) =>
        IssueAsync(userId, familyId: Guid.CreateVersion7(), cancellationToken);

    /// <summary>Spends <paramref name="presented"/> and issues its successor; null when it is not valid.</summary>
    public async Task<RotatedRefreshToken?> RotateAsync(string presented, CancellationToken cancellationToken)
    {
        var hash = OpaqueToken.Hash(presented);
        var token = await db.RefreshTokens.AsNoTracking()
            .SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        var now = time.GetStoredUtcNow();
        if (token is null || token.RevokedAt is not null || token.ExpiresAt <= now)
        {
            return null;
        }

        // One conditional update decides the winner, so two requests racing with one token cannot both succeed.
        var spent = await db.RefreshTokens
            .Where(t => t.Id == token.Id && t.UsedAt == null && t.RevokedAt == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(t => t.UsedAt, now), cancellationToken);
        if (spent == 0)
        {
            logger.LogWarning("Refresh token {TokenId} was presented again after use; revoking its family {FamilyId}",
                token.Id, token.FamilyId);
            await RevokeFamilyAsync(token.FamilyId, cancellationToken);
            return null;
        }

        var next = await IssueAsync(token.UserId, token.FamilyId, cancellationToken);
        return new RotatedRefreshToken(token.UserId, next);
    }

    /// <summary>Signs out the session <paramref name="presented"/> belongs to; unknown tokens are ignored.</summary>
    public async Task RevokeAsync(string presented, CancellationToken cancellationToken)
    {
        var hash = OpaqueToken.Hash(presented);
        var familyId = await db.RefreshTokens
            .Where(t => t.TokenHash == hash)
            .Select(t => (Guid?)t.FamilyId)
            .SingleOrDefaultAsync(cancellationToken);
        if (familyId is { } family)
        {
            await RevokeFamilyAsync(family, cancellationToken);
        }
    }

    private async Task<IssuedRefreshToken> IssueAsync(Guid userId, Guid familyId, CancellationToken cancellationToken)
    {
        var now = time.GetStoredUtcNow();
        var value = OpaqueToken.Create(Prefix);
        var token = new RefreshToken
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            FamilyId = familyId,
            TokenHash = OpaqueToken.Hash(value),
            CreatedAt = now,
            ExpiresAt = now.AddDays(options.Value.RefreshTokenDays),
        };
        db.RefreshTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedRefreshToken(value, token.ExpiresAt, familyId);
    }

    /// <summary>Ends the session: its refresh tokens are refused, and its open hub connections closed on every instance.</summary>
    private async Task RevokeFamilyAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var now = time.GetStoredUtcNow();
        await db.RefreshTokens
            .Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(t => t.RevokedAt, now), cancellationToken);
        await sessions.CloseEverywhereAsync(familyId);
    }

    /// <summary>Whether the session has ended; a session is its refresh token family, revoked whole.</summary>
    public async Task<bool> IsSignedOutAsync(Guid sessionId, CancellationToken cancellationToken) =>
        !await db.RefreshTokens.AnyAsync(t => t.FamilyId == sessionId && t.RevokedAt == null, cancellationToken);
}
