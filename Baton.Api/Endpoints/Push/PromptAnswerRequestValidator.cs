using FluentValidation;

namespace Baton.Api.Endpoints.Push;

public sealed class PromptAnswerRequestValidator : AbstractValidator<PromptAnswerRequest>
{
    public PromptAnswerRequestValidator()
    {
        RuleFor(r => r.Token).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Decision).Must(decision => decision is PromptAnswerRequest.Allow or PromptAnswerRequest.Deny)
            .WithMessage($"'Decision' must be '{PromptAnswerRequest.Allow}' or '{PromptAnswerRequest.Deny}'.");
    }
}
