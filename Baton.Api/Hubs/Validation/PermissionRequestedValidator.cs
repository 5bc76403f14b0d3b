using Baton.Contracts.Permissions;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class PermissionRequestedValidator : AbstractValidator<PermissionRequested>
{
    public PermissionRequestedValidator()
    {
        // A rule stops at its first failure: later checks of a value assume the earlier ones held.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.RequestId).NotEmpty();
        RuleFor(r => r.BridgeSeq).GreaterThan(0);
        RuleFor(r => r.PromptId).NotEmpty();
        RuleFor(r => r.ToolName).NotEmpty().MaximumLength(200);
        RuleFor(r => r.ToolUseId).NotNull().MaximumLength(200);
        RuleFor(r => r.Input).Must(JsonValues.IsPresent).WithMessage("'Input' is missing.");
        RuleFor(r => r.Suggestions).NotNull();
        RuleForEach(r => r.Suggestions).Must(JsonValues.IsPresent).WithMessage("A suggestion is missing.");
    }
}
