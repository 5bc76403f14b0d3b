namespace Baton.Api.Usage;

/// <summary>
/// A person's usage over the last <paramref name="Days"/> days (today included) in
/// <paramref name="TimeZone"/>: in all, by day (newest first, days without runs left out) and by
/// project (most expensive first).
/// </summary>
public sealed record UsageReport(int Days, string TimeZone, UsageFigures Total, IReadOnlyList<DailyUsage> ByDay, IReadOnlyList<ProjectUsage> ByProject);
