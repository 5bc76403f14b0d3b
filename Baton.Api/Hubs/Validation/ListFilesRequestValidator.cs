using Baton.Api.Data.Entities;
using Baton.Contracts.Files;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class ListFilesRequestValidator : AbstractValidator<ListFilesRequest>
{
    public const int MaxQueryLength = 200;

    public ListFilesRequestValidator()
    {
        RuleFor(r => r.ProjectId).NotEmpty();
        RuleFor(r => r.Path).MaximumLength(Project.RootDirectoryMaxLength);
        RuleFor(r => r.Query).MaximumLength(MaxQueryLength);
    }
}
