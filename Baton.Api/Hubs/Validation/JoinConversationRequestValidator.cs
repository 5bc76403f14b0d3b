using Baton.Contracts.Conversations;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class JoinConversationRequestValidator : AbstractValidator<JoinConversationRequest>
{
    public JoinConversationRequestValidator()
    {
        RuleFor(r => r.ConversationId).NotEmpty();
        RuleFor(r => r.AfterSeq).GreaterThanOrEqualTo(0);
    }
}
