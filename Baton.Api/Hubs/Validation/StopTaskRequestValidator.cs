using Baton.Contracts.Tasks;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class StopTaskRequestValidator : AbstractValidator<StopTaskRequest>
{
    /// <summary>The CLI's task ids are short; a longer one is no task of its.</summary>
    public const int MaxTaskIdLength = 200;

    public StopTaskRequestValidator()
    {
        RuleFor(r => r.ConversationId).NotEmpty();
        RuleFor(r => r.TaskId).NotEmpty().MaximumLength(MaxTaskIdLength);
    }
}
