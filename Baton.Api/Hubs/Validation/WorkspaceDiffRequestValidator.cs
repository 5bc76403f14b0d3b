using Baton.Contracts.Workspace;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class WorkspaceDiffRequestValidator : AbstractValidator<WorkspaceDiffRequest>
{
    public WorkspaceDiffRequestValidator()
    {
        RuleFor(r => r.ProjectId).NotEmpty();
    }
}
