namespace Baton.Benchmarks;

/// <summary>
/// What to measure. Command line: <c>--levels 50,200,400 --rate 50 --seconds 10 --prompts 200
/// --idle 1000,5000 --search-events 1000000 --out results.json [--api URL --api2 URL --database CONNECTION]
/// [--load-balancer true]</c>; without
/// <c>--api</c> the benchmark starts Baton itself through the AppHost (two API instances, local
/// stores), and with <c>--load-balancer true</c> puts every client on the round-robin proxy in front of them.
/// </summary>
public sealed record BenchmarkOptions
{
    public IReadOnlyList<int> ConversationLevels { get; init; } = [50, 200, 400];
    public int EventsPerSecond { get; init; } = 50;
    public TimeSpan RelayDuration { get; init; } = TimeSpan.FromSeconds(10);
    public int PermissionRoundTrips { get; init; } = 200;
    public IReadOnlyList<int> IdleConnectionLevels { get; init; } = [1000, 5000];
    /// <summary>Deltas of the one long answer streamed after the relay levels, and how many a second.</summary>
    public int LongAnswerDeltas { get; init; } = 20_000;
    public int LongAnswerRate { get; init; } = 200;
    /// <summary>Events of the history stored for the search level (0: no search level), and queries per kind.</summary>
    public int SearchEvents { get; init; }
    public int SearchQueries { get; init; } = 100;
    public string OutputPath { get; init; } = "benchmark-results.json";
    public Uri? Api { get; init; }
    public Uri? Api2 { get; init; }
    /// <summary>The database of a Baton given with <c>--api</c>, where the search level stores its history.</summary>
    public string? Database { get; init; }
    public bool LoadBalancer { get; init; }

    /// <summary>How many conversations one simulated bridge connection streams for.</summary>
    public int RunsPerBridge { get; init; } = 50;

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions();
        for (var index = 0; index + 1 < args.Length; index += 2)
        {
            var value = args[index + 1];
            options = args[index] switch
            {
                "--levels" => options with { ConversationLevels = Numbers(value) },
                "--rate" => options with { EventsPerSecond = int.Parse(value) },
                "--seconds" => options with { RelayDuration = TimeSpan.FromSeconds(double.Parse(value)) },
                "--prompts" => options with { PermissionRoundTrips = int.Parse(value) },
                "--idle" => options with { IdleConnectionLevels = Numbers(value) },
                "--long-answer" => options with { LongAnswerDeltas = int.Parse(value) },
                "--long-rate" => options with { LongAnswerRate = int.Parse(value) },
                "--search-events" => options with { SearchEvents = int.Parse(value) },
                "--search-queries" => options with { SearchQueries = int.Parse(value) },
                "--database" => options with { Database = value },
                "--out" => options with { OutputPath = value },
                "--api" => options with { Api = new Uri(value) },
                "--api2" => options with { Api2 = new Uri(value) },
                "--load-balancer" => options with { LoadBalancer = bool.Parse(value) },
                "--runs-per-bridge" => options with { RunsPerBridge = int.Parse(value) },
                _ => throw new ArgumentException($"Unknown option {args[index]}. See {nameof(BenchmarkOptions)} for the options."),
            };
        }

        return options;
    }

    private static int[] Numbers(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).Where(number => number > 0).ToArray();
}
