using Baton.Api.Auth;

namespace Baton.Api.Endpoints.Auth;

/// <summary>Read by the sign-in page, which offers to create an account only when sign-up is open.</summary>
public sealed record SignUpPolicyResponse(SignUpPolicy SignUp);
