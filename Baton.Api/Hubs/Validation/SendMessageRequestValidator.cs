using System.Text;
using Baton.Api.Endpoints.Chat;
using Baton.Contracts;
using Baton.Contracts.Chat;
using Baton.Api.Validation;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class SendMessageRequestValidator : AbstractValidator<SendMessageRequest>
{
    public const int MaxAttachments = 20;

    public SendMessageRequestValidator()
    {
        // A rule stops at its first failure: later checks of a value assume the earlier ones held.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.ConversationId).NotEmpty();
        RuleFor(r => r.ClientMessageId).NotEmpty();
        RuleFor(r => r.Content).NotNull()
            .Must(content => Encoding.UTF8.GetByteCount(content) <= BatonDefaults.MaxMessageContentBytes)
            .WithMessage($"'Content' is larger than {BatonDefaults.MaxMessageContentBytes} bytes.")
            .WithoutControlCharactersButLineBreaks();
        RuleFor(r => r.AttachmentIds).NotNull().Must(ids => ids.Count <= MaxAttachments)
            .WithMessage($"A message carries at most {MaxAttachments} attachments.")
            .Must(ids => ids.All(id => id != Guid.Empty) && ids.Distinct().Count() == ids.Count)
            .WithMessage("'Attachment Ids' must be distinct upload ids.");
        RuleFor(r => r).Must(r => !string.IsNullOrWhiteSpace(r.Content) || r.AttachmentIds is { Count: > 0 })
            .WithMessage("A message needs text or an attachment.")
            .When(r => r.Content is not null && r.AttachmentIds is not null);
        RuleFor(r => r.PermissionMode).IsInEnum();
        RuleFor(r => r.Model).Must(ModelName.IsValid).WithMessage("'Model' is not a model name.");
    }
}
