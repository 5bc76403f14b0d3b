using Baton.Contracts.Runs;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class AbortRunRequestValidator : AbstractValidator<AbortRunRequest>
{
    public AbortRunRequestValidator()
    {
        RuleFor(r => r.RequestId).NotEmpty();
    }
}
