using System.Text;
using Baton.Api.Validation;
using Baton.Contracts;
using Baton.Contracts.Queue;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

/// <summary>The same text rules as a sent message's; an edited message must still say something.</summary>
public sealed class EditQueuedMessageRequestValidator : AbstractValidator<EditQueuedMessageRequest>
{
    public EditQueuedMessageRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.QueuedMessageId).NotEmpty();
        RuleFor(r => r.Content).NotNull()
            .Must(content => !string.IsNullOrWhiteSpace(content)).WithMessage("A queued message needs text.")
            .Must(content => Encoding.UTF8.GetByteCount(content) <= BatonDefaults.MaxMessageContentBytes)
            .WithMessage($"'Content' is larger than {BatonDefaults.MaxMessageContentBytes} bytes.")
            .WithoutControlCharactersButLineBreaks();
    }
}
