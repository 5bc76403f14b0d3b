using Baton.Contracts.Runs;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class RunAbortedValidator : AbstractValidator<RunAborted>
{
    public RunAbortedValidator()
    {
        RuleFor(a => a.RequestId).NotEmpty();
        RuleFor(a => a.BridgeSeq).GreaterThan(0);
    }
}
