using Baton.Api.Data.Entities;
using Baton.Api.Validation;
using FluentValidation;

namespace Baton.Api.Endpoints.Chat;

public sealed class UpdateConversationRequestValidator : AbstractValidator<UpdateConversationRequest>
{
    public UpdateConversationRequestValidator()
    {
        RuleFor(r => r).Must(r => r.Title is not null || r.Status is not null)
            .WithName("request").WithMessage("Give a title, a status or both.");
        RuleFor(r => r.Title).NotEmpty().MaximumLength(Conversation.TitleMaxLength).WithoutControlCharacters().When(r => r.Title is not null);
        RuleFor(r => r.Status).IsInEnum();
    }
}
