using Baton.Api.Validation;
using FluentValidation;

namespace Baton.Api.Endpoints.Auth;

public sealed class SignInRequestValidator : AbstractValidator<SignInRequest>
{
    public SignInRequestValidator()
    {
        RuleFor(r => r.Email).NotEmpty().MaximumLength(256).WithoutControlCharacters();
        RuleFor(r => r.Password).NotEmpty().MaximumLength(SignUpRequestValidator.MaxPasswordLength);
    }
}
