using Baton.Contracts.Runs;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class RunLineBatchValidator : AbstractValidator<RunLineBatch>
{
    public RunLineBatchValidator()
    {
        // A rule stops at its first failure: later checks of a value assume the earlier ones held.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(b => b.RequestId).NotEmpty();
        RuleFor(b => b.Items).NotEmpty();
        RuleForEach(b => b.Items).NotNull()
            .Must(line => line.BridgeSeq > 0 && JsonValues.IsPresent(line.Line))
            .WithMessage("Each line needs a bridgeSeq above 0 and a line.");
        RuleFor(b => b.Items).Must(items => items.Zip(items.Skip(1)).All(pair => pair.First.BridgeSeq < pair.Second.BridgeSeq))
            .WithMessage("A batch's bridgeSeqs must increase.")
            .When(b => b.Items is not null && b.Items.All(item => item is not null));
    }
}
