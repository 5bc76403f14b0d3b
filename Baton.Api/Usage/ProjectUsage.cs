namespace Baton.Api.Usage;

public sealed record ProjectUsage(Guid ProjectId, string ProjectName, UsageFigures Figures);
