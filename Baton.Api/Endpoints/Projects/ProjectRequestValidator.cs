using Baton.Api.Data.Entities;
using Baton.Api.Validation;
using FluentValidation;

namespace Baton.Api.Endpoints.Projects;

public sealed class ProjectRequestValidator : AbstractValidator<ProjectRequest>
{
    public ProjectRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Project.NameMaxLength)
            .WithoutControlCharacters();
        RuleFor(r => r.RootDirectory).NotEmpty().MaximumLength(Project.RootDirectoryMaxLength).WithoutControlCharacters()
            .Must(IsAbsolutePath).WithMessage("'Root Directory' must be an absolute path on the bridge's machine.");
        RuleFor(r => r.BridgeId).NotEmpty();
    }

    // The bridge may run on another system than the API, so both POSIX and Windows forms count.
    private static bool IsAbsolutePath(string path) =>
        path.StartsWith('/')
            || path.StartsWith(@"\\", StringComparison.Ordinal)
            || (path.Length >= 3 && char.IsAsciiLetter(path[0]) && path[1] == ':' && path[2] is '\\' or '/');
}
