namespace Baton.Api.Endpoints.Auth;

public sealed record SignInRequest(string Email, string Password);
