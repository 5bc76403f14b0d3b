using Baton.Contracts.Runs;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class RunCompletedValidator : AbstractValidator<RunCompleted>
{
    // Stored as numeric(18, 6): anything near this is a bridge's mistake, not a cost.
    private const double MaxCostUsd = 1_000_000;

    public RunCompletedValidator()
    {
        RuleFor(c => c.RequestId).NotEmpty();
        RuleFor(c => c.BridgeSeq).GreaterThan(0);
        RuleFor(c => c.SessionId).NotNull().MaximumLength(200);
        RuleFor(c => c.Subtype).NotNull().MaximumLength(100);
        RuleFor(c => c.Usage).Must(JsonValues.IsPresent).WithMessage("'Usage' is missing.");
        RuleFor(c => c.CostUsd).Must(cost => double.IsFinite(cost) && cost is >= 0 and < MaxCostUsd)
            .WithMessage("'Cost Usd' is not a cost.");
        RuleFor(c => c.DurationMs).GreaterThanOrEqualTo(0);
    }
}
