using Baton.Contracts.Bridges;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class BridgeHealthRequestValidator : AbstractValidator<BridgeHealthRequest>
{
    public BridgeHealthRequestValidator()
    {
        RuleFor(r => r.ProjectId).NotEmpty();
    }
}
