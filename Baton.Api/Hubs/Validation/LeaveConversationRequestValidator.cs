using Baton.Contracts.Conversations;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class LeaveConversationRequestValidator : AbstractValidator<LeaveConversationRequest>
{
    public LeaveConversationRequestValidator()
    {
        RuleFor(r => r.ConversationId).NotEmpty();
    }
}
