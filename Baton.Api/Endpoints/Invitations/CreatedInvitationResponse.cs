namespace Baton.Api.Endpoints.Invitations;

/// <summary>A new invitation with its code: shown this once, only its hash is kept.</summary>
public sealed record CreatedInvitationResponse(Guid Id, string Code, DateTimeOffset ExpiresAt);
