using FluentValidation;

namespace Baton.Api.Endpoints.Search;

public sealed class SearchQueryValidator : AbstractValidator<SearchQuery>
{
    public const int MaxQueryLength = 200;
    public const int MaxLimit = 50;

    public SearchQueryValidator()
    {
        RuleFor(q => q.Q).NotEmpty().WithMessage("Type what to search for.").MaximumLength(MaxQueryLength);
        RuleFor(q => q.Order).Must(order => order is SearchQuery.Best or SearchQuery.Newest)
            .WithMessage($"'Order' must be '{SearchQuery.Best}' or '{SearchQuery.Newest}'.");
        RuleFor(q => q.Limit).InclusiveBetween(1, MaxLimit);
    }
}
