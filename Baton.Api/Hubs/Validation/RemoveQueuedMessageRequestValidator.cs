using Baton.Contracts.Queue;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class RemoveQueuedMessageRequestValidator : AbstractValidator<RemoveQueuedMessageRequest>
{
    public RemoveQueuedMessageRequestValidator()
    {
        RuleFor(r => r.QueuedMessageId).NotEmpty();
    }
}
