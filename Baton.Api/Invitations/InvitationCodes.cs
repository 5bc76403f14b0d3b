using Baton.Api.Auth;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Invitations;

/// <summary>Issues invitation codes and spends them, each once and before it expires.</summary>
public static class InvitationCodes
{
    public const int MaxCodeLength = 64;

    /// <summary>Long enough for a new user to find the message a week later.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private const string CodePrefix = "inv_";

    public static async Task<(Invitation Invitation, string Code)> IssueAsync(BatonDbContext db, Guid createdById, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var code = OpaqueToken.Create(CodePrefix);
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(),
            CreatedById = createdById,
            CodeHash = OpaqueToken.Hash(code),
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return (invitation, code);
    }

    /// <summary>
    /// Marks the invitation used in one conditional update, so two sign-ups racing with one code
    /// cannot both win; the invitation's id, or null when the code is unknown, spent or expired.
    /// </summary>
    public static async Task<Guid?> SpendAsync(BatonDbContext db, string code, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var hash = OpaqueToken.Hash(code);
        var invitation = await db.Invitations.AsNoTracking()
            .Where(i => i.CodeHash == hash && i.UsedAt == null && i.ExpiresAt > now)
            .Select(i => (Guid?)i.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (invitation is not { } id)
        {
            return null;
        }

        var spent = await db.Invitations
            .Where(i => i.Id == id && i.UsedAt == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(i => i.UsedAt, now), cancellationToken);
        return spent == 1 ? id : null;
    }

    /// <summary>Records who signed up with a spent invitation.</summary>
    public static Task RecordUserAsync(BatonDbContext db, Guid invitationId, Guid userId, CancellationToken cancellationToken) =>
        db.Invitations.Where(i => i.Id == invitationId)
            .ExecuteUpdateAsync(setters => setters.SetProperty(i => i.UsedById, userId), cancellationToken);

    /// <summary>Gives an invitation back when the account it was spent on could not be created.</summary>
    public static Task ReturnAsync(BatonDbContext db, Guid invitationId, CancellationToken cancellationToken) =>
        db.Invitations.Where(i => i.Id == invitationId)
            .ExecuteUpdateAsync(setters => setters.SetProperty(i => i.UsedAt, (DateTimeOffset?)null), cancellationToken);
}
