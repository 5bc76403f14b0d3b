using Baton.Api.Data.Entities;
using Baton.Api.Validation;
using FluentValidation;

namespace Baton.Api.Endpoints.Bridges;

public sealed class CreateBridgeRequestValidator : AbstractValidator<CreateBridgeRequest>
{
    public CreateBridgeRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Bridge.NameMaxLength)
            .WithoutControlCharacters();
    }
}
