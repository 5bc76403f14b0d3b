using Baton.Contracts.Runs;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class CliTurnStartedValidator : AbstractValidator<CliTurnStarted>
{
    public CliTurnStartedValidator()
    {
        RuleFor(s => s.RequestId).NotEmpty();
        RuleFor(s => s.ConversationId).NotEmpty();
        // It opens its run: nothing of the run comes before it.
        RuleFor(s => s.BridgeSeq).Equal(1);
    }
}
