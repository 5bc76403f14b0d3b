using Baton.Benchmarks;
using Baton.Benchmarks.Reporting;
using Baton.Benchmarks.Scenarios;
using Baton.Benchmarks.Stack;

var options = BenchmarkOptions.Parse(args);
await using var stack = await BenchmarkStack.StartAsync(options);
var startedAt = DateTimeOffset.UtcNow;

var relay = new List<RelayResult>();
foreach (var conversations in options.ConversationLevels)
{
    Console.WriteLine($"Relay: {conversations} conversations x {options.EventsPerSecond} events/s for {options.RelayDuration.TotalSeconds:F0} s...");
    relay.Add(await RelayScenario.RunAsync(stack, options, conversations));
}

LatencySummary? permission = null;
if (options.PermissionRoundTrips > 0)
{
    Console.WriteLine($"Permissions: {options.PermissionRoundTrips} round trips...");
    permission = await PermissionScenario.RunAsync(stack, options);
}

var idle = new List<IdleConnectionsResult>();
foreach (var connections in options.IdleConnectionLevels)
{
    Console.WriteLine($"Idle connections: {connections}...");
    idle.Add(await IdleConnectionsScenario.RunAsync(stack, connections));
}

var report = new BenchmarkReport(startedAt, Environment.ProcessorCount, relay, permission, idle);
report.Print(Console.Out);
await report.WriteJsonAsync(options.OutputPath);
Console.WriteLine($"Written to {Path.GetFullPath(options.OutputPath)}");
