using Baton.Api.Data.Entities;
using Baton.Contracts.Files;
using Baton.Api.Validation;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class ReadFileRequestValidator : AbstractValidator<ReadFileRequest>
{
    public ReadFileRequestValidator()
    {
        RuleFor(r => r.ProjectId).NotEmpty();
        RuleFor(r => r.Path).NotEmpty().MaximumLength(Project.RootDirectoryMaxLength).WithoutControlCharacters();
    }
}
