using Baton.Api.Endpoints.Chat;
using Baton.Contracts.Conversations;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class SetRunOptionsRequestValidator : AbstractValidator<SetRunOptionsRequest>
{
    public SetRunOptionsRequestValidator()
    {
        RuleFor(r => r.ConversationId).NotEmpty();
        RuleFor(r => r).Must(r => r.PermissionMode is not null || r.Model is not null || r.Effort is not null)
            .WithName("request").WithMessage("Give a permission mode, a model, an effort or several.");
        RuleFor(r => r.PermissionMode).IsInEnum();
        // Empty goes back to the CLI's default.
        RuleFor(r => r.Model).Must(model => model is null or "" || ModelName.IsValid(model)).WithMessage("'Model' is not a model name.");
        RuleFor(r => r.Effort).Must(effort => effort is null or "" || EffortLevels.All.Contains(effort))
            .WithMessage($"'Effort' must be one of {string.Join(", ", EffortLevels.All)}.");
    }
}
