using Baton.Benchmarks;
using Baton.Benchmarks.Peer;
using Baton.Benchmarks.Reporting;
using Baton.Benchmarks.Scenarios;
using Baton.Benchmarks.Stack;

var options = BenchmarkOptions.Parse(args);
await using var stack = await BenchmarkStack.StartAsync(options);
var startedAt = DateTimeOffset.UtcNow;

// Lightest first: idle connections on APIs that have not yet grown their heaps under load, and
// permissions before the relay levels leave a backlog behind.
var idle = new List<IdleConnectionsResult>();
foreach (var connections in options.IdleConnectionLevels)
{
    Console.WriteLine($"Idle connections: {connections}...");
    var result = await IdleConnectionsScenario.RunAsync(stack, connections);
    idle.Add(result);
    Console.WriteLine($"  {BenchmarkReport.IdleLine(result)}");
}

LatencySummary? permission = null;
IReadOnlyList<RelayResult> relay;
IReadOnlyList<SideBySideLevel>? sideBySide = null;
IReadOnlyList<IReadOnlyList<SideBySideLevel>>? sideBySidePasses = null;
if (options.PeerRelay is { } peerFolder)
{
    // Side by side, each level ends with its permission round trips, as the peer's load generator does.
    (sideBySide, sideBySidePasses, relay) = await SideBySideRun.RunPassesAsync(stack, options, peerFolder);
}
else
{
    if (options.PermissionRoundTrips > 0)
    {
        Console.WriteLine($"Permissions: {options.PermissionRoundTrips} round trips...");
        permission = await PermissionScenario.RunAsync(stack, options);
        Console.WriteLine($"  {BenchmarkReport.PermissionLine(permission, options.Instances)}");
    }

    var levels = new List<RelayResult>();
    foreach (var conversations in options.ConversationLevels)
    {
        Console.WriteLine($"Relay: {conversations} conversations x {options.EventsPerSecond} events/s for {options.RelayDuration.TotalSeconds:F0} s...");
        var result = await RelayScenario.RunAsync(stack, options, conversations, permissionRoundTrips: 0);
        levels.Add(result);
        Console.WriteLine($"  {BenchmarkReport.RelayHeader}{Environment.NewLine}  {BenchmarkReport.RelayRow(result)}");
    }

    relay = levels;
}

LongAnswerResult? longAnswer = null;
if (options.LongAnswerDeltas >= 4)
{
    Console.WriteLine($"Long answer: {options.LongAnswerDeltas} deltas into one answer at {options.LongAnswerRate}/s...");
    longAnswer = await LongAnswerScenario.RunAsync(stack, options);
    Console.WriteLine(BenchmarkReport.LongAnswerLines(longAnswer));
}

SearchResult? search = null;
if (options.SearchEvents > 0)
{
    Console.WriteLine($"Search: storing a history of {options.SearchEvents:N0} events, then {options.SearchQueries} queries of each kind...");
    search = await SearchScenario.RunAsync(stack, options);
    Console.WriteLine(BenchmarkReport.SearchLines(search));
}

var report = new BenchmarkReport(startedAt, Environment.ProcessorCount, options.Instances, relay, sideBySide, sideBySidePasses, permission, idle, longAnswer, search);
report.Print(Console.Out);
await report.WriteJsonAsync(options.OutputPath);
Console.WriteLine($"Written to {Path.GetFullPath(options.OutputPath)}");
