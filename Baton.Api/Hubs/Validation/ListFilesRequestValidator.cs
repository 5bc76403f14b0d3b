using Baton.Api.Data.Entities;
using Baton.Contracts.Files;
using Baton.Api.Validation;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class ListFilesRequestValidator : AbstractValidator<ListFilesRequest>
{
    public const int MaxQueryLength = 200;

    public ListFilesRequestValidator()
    {
        RuleFor(r => r.ProjectId).NotEmpty();
        RuleFor(r => r.Path).MaximumLength(Project.RootDirectoryMaxLength).WithoutControlCharacters();
        RuleFor(r => r.Query).MaximumLength(MaxQueryLength).WithoutControlCharacters();
    }
}
