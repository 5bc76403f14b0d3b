using Baton.Contracts.Conversations;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class ProjectRoomRequestValidator : AbstractValidator<ProjectRoomRequest>
{
    public ProjectRoomRequestValidator()
    {
        RuleFor(r => r.ProjectId).NotEmpty();
    }
}
