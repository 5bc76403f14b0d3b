using Baton.Contracts.Queue;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class SteerQueuedMessageRequestValidator : AbstractValidator<SteerQueuedMessageRequest>
{
    public SteerQueuedMessageRequestValidator()
    {
        RuleFor(r => r.QueuedMessageId).NotEmpty();
    }
}
