using Baton.Api.Data.Entities;
using Baton.Api.Validation;
using FluentValidation;

namespace Baton.Api.Endpoints.Chat;

public sealed class CreateConversationRequestValidator : AbstractValidator<CreateConversationRequest>
{
    public CreateConversationRequestValidator()
    {
        RuleFor(r => r.ProjectId).NotEmpty();
        RuleFor(r => r.Title).NotEmpty().MaximumLength(Conversation.TitleMaxLength).WithoutControlCharacters().When(r => r.Title is not null);
        RuleFor(r => r.PermissionMode).IsInEnum();
        RuleFor(r => r.Model).Must(ModelName.IsValid).WithMessage("'Model' is not a model name.");
    }
}
