using Baton.Benchmarks.Peer;

namespace Baton.Benchmarks;

/// <summary>
/// What to measure. Command line: <c>--levels 50,200,400 --rate 50 --seconds 10 --prompts 200
/// --idle 1000,5000 --search-events 1000000 --out results.json [--instances 1|2] [--peer DIR]
/// [--repeat N] [--api URL --api2 URL --database CONNECTION] [--load-balancer true]</c>; without
/// <c>--api</c> the benchmark starts Baton itself through the AppHost (two API instances unless
/// <c>--instances 1</c>, local stores), and with <c>--load-balancer true</c> puts every client on
/// the round-robin proxy in front of them. <c>--peer</c> runs the peer relay in the given folder
/// through the same levels first, then Baton, and compares them; <c>--repeat</c> does that N times and
/// compares the medians.
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

    /// <summary>API instances to start: 1 puts bridges and browsers on the same one, 2 bridges on one and browsers on the other.</summary>
    public int Instances { get; init; } = 2;

    /// <summary>The peer relay's folder to compare against (null: Baton alone).</summary>
    public string? PeerRelay { get; init; }

    /// <summary>
    /// How many times the side-by-side comparison runs, each a whole pass of both systems; its table is each figure's
    /// median over them, as two cores' latencies swing too much from one pass to the next to judge a single one.
    /// </summary>
    public int Repeat { get; init; } = 1;

    /// <summary>Bridge connections per relay level, conversations spread over them (null: one per <see cref="RunsPerBridge"/>).</summary>
    public int? BridgeConnections { get; init; }

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
                "--instances" => options with { Instances = int.Parse(value) },
                "--peer" => options with { PeerRelay = Path.GetFullPath(value) },
                "--bridges" => options with { BridgeConnections = int.Parse(value) },
                "--repeat" => options with { Repeat = int.Parse(value) },
                _ => throw new ArgumentException($"Unknown option {args[index]}. See {nameof(BenchmarkOptions)} for the options."),
            };
        }

        Validate(options);
        // The peer's load generator drives every level through four bridge connections: Baton gets the same shape.
        return options.PeerRelay is not null && options.BridgeConnections is null ? options with { BridgeConnections = PeerShape.BridgeConnections } : options;
    }

    private static void Validate(BenchmarkOptions options)
    {
        if (options.Instances is not (1 or 2))
        {
            throw new ArgumentException($"--instances must be 1 or 2, not {options.Instances}.");
        }

        if (options.Repeat < 1)
        {
            throw new ArgumentException($"--repeat must be at least 1, not {options.Repeat}.");
        }

        if (options.Repeat > 1 && options.PeerRelay is null)
        {
            throw new ArgumentException("--repeat repeats the side-by-side comparison: give --peer with it.");
        }

        if (options.LoadBalancer && options.Instances == 1)
        {
            throw new ArgumentException("--load-balancer spreads clients over two instances; it cannot be used with --instances 1.");
        }

        if (options.BridgeConnections is < 1)
        {
            throw new ArgumentException("--bridges must be at least 1.");
        }

        if (options.PeerRelay is { } peer && !File.Exists(Path.Combine(peer, PeerShape.LoadGenerator)))
        {
            throw new ArgumentException($"--peer {peer} holds no {PeerShape.LoadGenerator}: give the peer relay's folder.");
        }

        if (options.PeerRelay is not null && options.ConversationLevels.Count == 0)
        {
            throw new ArgumentException("--peer compares relay levels: give at least one with --levels.");
        }

        if (options.PeerRelay is not null && options.Api is not null)
        {
            // The peer's table goes on Baton's own PostgreSQL, and the stores' CPU is measured: both need the Baton started here.
            throw new ArgumentException("--peer compares against the Baton this benchmark starts; it cannot be used with --api.");
        }
    }

    private static int[] Numbers(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).Where(number => number > 0).ToArray();
}
