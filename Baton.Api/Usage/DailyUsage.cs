namespace Baton.Api.Usage;

/// <summary>One day's usage, the day in the reader's time zone.</summary>
public sealed record DailyUsage(DateOnly Day, UsageFigures Figures);
