using FluentValidation;

namespace Baton.Api.Endpoints.Auth;

public sealed class RefreshTokenRequestValidator : AbstractValidator<RefreshTokenRequest>
{
    public RefreshTokenRequestValidator()
    {
        RuleFor(r => r.RefreshToken).NotEmpty().MaximumLength(256);
    }
}
