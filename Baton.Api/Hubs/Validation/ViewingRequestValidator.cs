using Baton.Contracts.Conversations;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class ViewingRequestValidator : AbstractValidator<ViewingRequest>
{
    public ViewingRequestValidator()
    {
        RuleFor(r => r.ConversationId).NotEqual(Guid.Empty);
    }
}
