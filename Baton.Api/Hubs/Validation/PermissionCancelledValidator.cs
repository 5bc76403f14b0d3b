using Baton.Contracts.Permissions;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class PermissionCancelledValidator : AbstractValidator<PermissionCancelled>
{
    public PermissionCancelledValidator()
    {
        RuleFor(c => c.RequestId).NotEmpty();
        RuleFor(c => c.BridgeSeq).GreaterThan(0);
        RuleFor(c => c.PromptId).NotEmpty();
    }
}
