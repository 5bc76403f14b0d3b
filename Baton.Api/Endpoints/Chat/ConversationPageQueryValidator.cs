using FluentValidation;

namespace Baton.Api.Endpoints.Chat;

public sealed class ConversationPageQueryValidator : AbstractValidator<ConversationPageQuery>
{
    public const int MaxPageSize = 100;

    public ConversationPageQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize);
    }
}
