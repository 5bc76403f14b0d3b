using FluentValidation;

namespace Baton.Api.Endpoints.Chat;

public sealed class ExportQueryValidator : AbstractValidator<ExportQuery>
{
    public ExportQueryValidator() =>
        RuleFor(q => q.Format).Must(format => format is ExportQuery.Markdown or ExportQuery.Json)
            .WithMessage($"'Format' must be '{ExportQuery.Markdown}' or '{ExportQuery.Json}'.");
}
