using Baton.Api.Invitations;
using Baton.Api.Validation;
using FluentValidation;

namespace Baton.Api.Endpoints.Auth;

public sealed class SignUpRequestValidator : AbstractValidator<SignUpRequest>
{
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 128;

    public SignUpRequestValidator()
    {
        RuleFor(r => r.Email).NotEmpty().MaximumLength(256).EmailAddress().WithoutControlCharacters();
        RuleFor(r => r.Password).NotEmpty().Length(MinPasswordLength, MaxPasswordLength);
        RuleFor(r => r.InvitationCode).NotEmpty().MaximumLength(InvitationCodes.MaxCodeLength).WithoutControlCharacters().When(r => r.InvitationCode is not null);
    }
}
