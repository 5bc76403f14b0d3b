using FluentValidation;

namespace Baton.Api.Endpoints.Chat;

public sealed class EventPageQueryValidator : AbstractValidator<EventPageQuery>
{
    public const int MaxLimit = 1000;

    public EventPageQueryValidator()
    {
        RuleFor(q => q.AfterSeq).GreaterThanOrEqualTo(0);
        RuleFor(q => q.Limit).InclusiveBetween(1, MaxLimit);
    }
}
