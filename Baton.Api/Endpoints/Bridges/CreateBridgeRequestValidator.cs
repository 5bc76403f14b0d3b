using Baton.Api.Data.Entities;
using FluentValidation;

namespace Baton.Api.Endpoints.Bridges;

public sealed class CreateBridgeRequestValidator : AbstractValidator<CreateBridgeRequest>
{
    public CreateBridgeRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Bridge.NameMaxLength)
            .Must(name => !name.Any(char.IsControl)).WithMessage("'Name' must not contain control characters.");
    }
}
