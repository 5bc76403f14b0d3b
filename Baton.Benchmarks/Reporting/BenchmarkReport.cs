using System.Text.Json;
using System.Text.Json.Serialization;
using Baton.Benchmarks.Scenarios;

namespace Baton.Benchmarks.Reporting;

/// <summary>
/// Everything measured in one run, printed as a table and written as JSON. Side by side, <see cref="SideBySide"/> holds
/// each figure's median over <see cref="SideBySidePasses"/>.
/// </summary>
public sealed record BenchmarkReport(
    DateTimeOffset StartedAt,
    int ProcessorCount,
    int Instances,
    IReadOnlyList<RelayResult> Relay,
    IReadOnlyList<SideBySideLevel>? SideBySide,
    IReadOnlyList<IReadOnlyList<SideBySideLevel>>? SideBySidePasses,
    LatencySummary? PermissionRoundTrip,
    IReadOnlyList<IdleConnectionsResult> IdleConnections,
    LongAnswerResult? LongAnswer,
    SearchResult? Search)
{
    // Figures that were not measured are NaN, and a ratio over a zero is infinite.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public async Task WriteJsonAsync(string path) => await File.WriteAllTextAsync(path, JsonSerializer.Serialize(this, Json));

    public const string RelayHeader = "conversations x rate | sent     | delivered | delivered/s | generator/s |  p50 ms |  p95 ms |  p99 ms |  max ms | CPU us/event: API | PostgreSQL | Redis";

    public void Print(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"Relay with persistence (bridge send -> browser receive, {Placement(Instances)}), {ProcessorCount} cores shared by generator, APIs, PostgreSQL, Redis");
        output.WriteLine(RelayHeader);
        foreach (var relay in Relay)
        {
            output.WriteLine(RelayRow(relay));
        }

        if (SideBySide is { } sideBySide)
        {
            var passes = SideBySidePasses?.Count ?? 1;
            SideBySideTable.Print(output, sideBySide, Instances, passes > 1 ? $"each figure the median of its column over {passes} passes" : null);
        }

        if (PermissionRoundTrip is { } permission)
        {
            output.WriteLine();
            output.WriteLine(PermissionLine(permission, Instances));
        }

        foreach (var idle in IdleConnections)
        {
            output.WriteLine(IdleLine(idle));
        }

        if (LongAnswer is { } longAnswer)
        {
            output.WriteLine();
            output.WriteLine(LongAnswerLines(longAnswer));
        }

        if (Search is { } search)
        {
            output.WriteLine();
            output.WriteLine(SearchLines(search));
        }
    }

    public static string RelayRow(RelayResult relay) =>
        $"{relay.Conversations,6} x {relay.TargetEventsPerSecond,-11} | {relay.Sent,8} | {relay.Delivered,9} | {relay.DeliveredPerSecond,11:F0} | {relay.GeneratorSendsPerSecond,11:F0} | " +
        $"{relay.Latency.P50,7:F2} | {relay.Latency.P95,7:F2} | {relay.Latency.P99,7:F2} | {relay.Latency.Max,7:F1} | {relay.Cpu.Relay,17:F1} | {Optional(relay.Cpu.PostgreSql),10} | {Optional(relay.Cpu.Redis),5}";

    public static string PermissionLine(LatencySummary permission, int instances) =>
        $"Permission round trip (bridge -> browser -> bridge, {Placement(instances)}), {permission.Samples} prompts: " +
        $"p50 {permission.P50:F2} ms, p95 {permission.P95:F2} ms, p99 {permission.P99:F2} ms, max {permission.Max:F1} ms";

    public static string IdleLine(IdleConnectionsResult idle) =>
        $"Idle browser connections: {idle.Connections} -> working set of the API instance holding them {idle.HoldingInstanceWorkingSetBytes / 1024.0 / 1024.0:F0} MB, " +
        $"+{idle.ApiWorkingSetGrowthBytes / 1024.0 / 1024.0:F1} MB while connecting ({idle.BytesPerConnection / 1024.0:F1} KB each)";

    public static string LongAnswerLines(LongAnswerResult answer) =>
        $"Long answer, {answer.Deltas} deltas into one text block at {answer.TargetEventsPerSecond}/s, {answer.Delivered} delivered; " +
        $"last quarter's API CPU per event {answer.CpuGrowth:F2}x the first's{Environment.NewLine}" +
        string.Join(Environment.NewLine, answer.Quarters.Select((quarter, index) =>
            $"  quarter {index + 1}: p50 {quarter.Latency.P50,7:F2} ms, p99 {quarter.Latency.P99,7:F2} ms, API CPU {quarter.ApiCpuMicrosecondsPerEvent,8:F1} us/event"));

    public static string SearchLines(SearchResult search) =>
        $"Search over {search.Messages:N0} messages and {search.Events:N0} events (stored in {search.SeedTime.TotalSeconds:F0} s), GET /api/search one query after another{Environment.NewLine}" +
        string.Join(Environment.NewLine, search.Queries.Select(query =>
            $"  {query.Kind,-28}: p50 {query.Latency.P50,7:F2} ms, p99 {query.Latency.P99,7:F2} ms, max {query.Latency.Max,7:F1} ms, {query.HitsPerQuery:F1} hits a page ({query.Latency.Samples} queries)"));

    public static string Placement(int instances) =>
        instances == 1 ? "bridges and browsers on api" : "bridges on api2, browsers on api";

    // The stores of a Baton started elsewhere are not measured.
    private static string Optional(double? microseconds) => microseconds is { } value ? value.ToString("F1") : "-";
}
