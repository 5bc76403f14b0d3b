using Baton.Contracts.Context;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class ContextUsageRequestValidator : AbstractValidator<ContextUsageRequest>
{
    public ContextUsageRequestValidator()
    {
        RuleFor(r => r.ConversationId).NotEmpty();
    }
}
