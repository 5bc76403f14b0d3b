using FluentValidation;

namespace Baton.Api.Usage;

public sealed class UsageQueryValidator : AbstractValidator<UsageQuery>
{
    public const int MaxDays = 366;

    public UsageQueryValidator()
    {
        RuleFor(q => q.Days).InclusiveBetween(1, MaxDays);
        RuleFor(q => q.TimeZone).Must(IsKnownZone).WithMessage("'Time Zone' must be an IANA time zone such as 'Europe/Berlin'.");
    }

    private static bool IsKnownZone(string zone) =>
        !string.IsNullOrWhiteSpace(zone) && zone.Length <= 64 && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) && found.HasIanaId;
}
