using Baton.Contracts.Permissions;
using Baton.Api.Validation;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class PermissionResponseValidator : AbstractValidator<PermissionResponse>
{
    public const int MaxMessageLength = 4_000;

    public PermissionResponseValidator()
    {
        RuleFor(r => r.PromptId).NotEmpty();
        RuleFor(r => r.Decision).IsInEnum();
        RuleFor(r => r.Message).MaximumLength(MaxMessageLength).WithoutControlCharactersButLineBreaks();
        RuleFor(r => r.UpdatedInput).Must(input => input is not { } value || JsonValues.IsObject(value))
            .WithMessage("'Updated Input' must be an object.")
            // A JSON string can still carry an escaped NUL, which the stored prompt's jsonb refuses.
            .Must(input => input is not { } value || !value.GetRawText().Contains("\\u0000", StringComparison.Ordinal))
            .WithMessage("'Updated Input' must not contain NUL characters.");
        RuleFor(r => r.SuggestionIndexes).Must(indexes => indexes is null || indexes.Count <= 50)
            .WithMessage("Too many suggestion indexes.");
    }
}
