namespace Baton.Api.Endpoints.Auth;

public sealed record SignUpRequest(string Email, string Password);
