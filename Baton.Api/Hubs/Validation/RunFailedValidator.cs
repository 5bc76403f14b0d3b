using Baton.Contracts.Runs;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class RunFailedValidator : AbstractValidator<RunFailed>
{
    public RunFailedValidator()
    {
        RuleFor(f => f.RequestId).NotEmpty();
        RuleFor(f => f.BridgeSeq).GreaterThan(0);
        RuleFor(f => f.Code).NotEmpty().MaximumLength(64);
        RuleFor(f => f.Message).NotNull().MaximumLength(10_000);
        RuleFor(f => f.StderrTail).MaximumLength(64 * 1024);
    }
}
