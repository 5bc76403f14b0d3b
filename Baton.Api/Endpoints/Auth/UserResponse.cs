namespace Baton.Api.Endpoints.Auth;

public sealed record UserResponse(Guid Id, string Email);
