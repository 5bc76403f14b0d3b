using System.Globalization;
using System.Text.Json;
using Baton.Benchmarks.Reporting;

namespace Baton.Benchmarks.Peer;

/// <summary>
/// One level of the peer relay, driven by its own load generator (same job as Baton's level: C
/// conversations, one browser connection each, the bridge connections of <see cref="PeerShape"/>,
/// then serial permission round trips). The relay's, PostgreSQL's and Redis's CPU are sampled at
/// the generator's own streaming window, first send to last delivery, as Baton's are.
/// </summary>
public static class PeerLevel
{
    private const string WindowMark = "streaming-window-mark";
    private static readonly string WindowMarker = Path.Combine(AppContext.BaseDirectory, "Peer", "streaming-window.mjs");

    // As the peer's own script allows a level, beyond its streaming.
    private static readonly TimeSpan Allowance = TimeSpan.FromMinutes(2);

    public static async Task<LevelFigures> RunAsync(PeerRelay relay, MeasuredProcesses processes, BenchmarkOptions options, int conversations)
    {
        string[] arguments =
        [
            "--import", new Uri(WindowMarker).AbsoluteUri, PeerShape.LoadGenerator, relay.Address.ToString(),
            Invariant(conversations), Invariant(options.EventsPerSecond), Invariant(options.RelayDuration.TotalSeconds),
            Invariant(options.BridgeConnections ?? PeerShape.BridgeConnections), Invariant(options.PermissionRoundTrips),
        ];
        using var generator = ChildProcess.Start("node", arguments, relay.Folder,
            new Dictionary<string, string> { ["CPU_PID"] = Invariant(relay.ProcessId) });
        using var deadline = new CancellationTokenSource(options.RelayDuration + Allowance);
        var output = generator.StandardOutput.ReadToEndAsync(deadline.Token);
        var samples = new List<CpuSample>();
        var messages = new List<string>();
        try
        {
            while (await generator.StandardError.ReadLineAsync(deadline.Token) is { } line)
            {
                if (line != WindowMark)
                {
                    messages.Add(line);
                    continue;
                }

                samples.Add(processes.Sample());
                await generator.StandardInput.WriteLineAsync();
                await generator.StandardInput.FlushAsync(deadline.Token);
            }

            await generator.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            generator.Kill(entireProcessTree: true);
            throw new TimeoutException($"The peer's load generator did not finish {conversations} conversations within {(options.RelayDuration + Allowance).TotalSeconds:F0} s.");
        }

        var result = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (generator.ExitCode != 0 || result is null || samples.Count != 2)
        {
            throw new InvalidOperationException(
                $"The peer's load generator failed at {conversations} conversations (exit {generator.ExitCode}, {samples.Count} window marks): {result} {string.Join(' ', messages)}");
        }

        return Figures(JsonDocument.Parse(result).RootElement, samples[1], samples[0]);
    }

    /// <summary>The generator prints its figures as one JSON line, milliseconds as fixed-point strings.</summary>
    private static LevelFigures Figures(JsonElement line, CpuSample after, CpuSample before)
    {
        var delivered = line.GetProperty("received").GetInt64();
        return new LevelFigures(
            line.GetProperty("sent").GetInt64(),
            delivered,
            line.GetProperty("lost").GetInt64(),
            line.GetProperty("eventsPerSec").GetDouble(),
            Milliseconds(line, "p50"),
            Milliseconds(line, "p99"),
            after.PerEventSince(before, delivered),
            Milliseconds(line, "permRttP50"),
            Milliseconds(line, "permRttP99"));
    }

    // "NaN" where the generator measured nothing, which parses as such.
    private static double Milliseconds(JsonElement line, string name) =>
        double.Parse(line.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);

    private static string Invariant(double number) => number.ToString(CultureInfo.InvariantCulture);
}
