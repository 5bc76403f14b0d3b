using FluentValidation;

namespace Baton.Api.Endpoints.Chat;

public sealed class MessagePageQueryValidator : AbstractValidator<MessagePageQuery>
{
    public const int MaxLimit = 200;

    public MessagePageQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, MaxLimit);
        RuleFor(q => q.Before).NotEqual(Guid.Empty);
    }
}
